import { expect, type Page, test } from "@playwright/test";

// Issue #6's journey: every deploy is a version; History compares two of them in Monaco's diff
// editor, rolls back (a new deployment of an old version) and restores one into the editor
// without deploying; the top bar says whether the editor is what is live.
const suffix = Date.now().toString(36);
const user = { username: `hist${suffix}`, password: "e2e-password-1" };
const appName = `hist-${suffix}`;

const code = (body: string) => `from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def index(): return {"version": "${body}"}
`;

async function typeInEditor(page: Page, text: string) {
  await page.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Monaco auto-indents and auto-closes brackets while typing; insertText keeps the text exact.
  await page.keyboard.insertText(text);
}

async function expectAppAnswers(page: Page, body: string) {
  await page.getByTestId("test-path").fill("/");
  await page.getByTestId("test-send").click();
  await expect(page.getByTestId("test-status")).toHaveText("200");
  await expect(page.getByTestId("test-body")).toContainText(`"version": "${body}"`);
}

const drift = (page: Page) => page.getByTestId("deploy-drift");
const row = (page: Page, n: number) => page.locator(`[data-testid="version-row"][data-version="${n}"]`);
const editorText = (page: Page) => page.getByTestId("code-editor").locator(".view-lines");

test("versions: history, compare, roll back and restore into the editor", async ({ page }) => {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId("new-app-button").click();
  await page.getByTestId("new-app-name").fill(appName);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  await expect(editorText(page)).toContainText("FastAPI");
  await expect(drift(page)).toHaveAttribute("data-state", "never");

  // v1, deployed with a message.
  await typeInEditor(page, code("v1"));
  await page.getByTestId("deploy-with-message").click();
  await page.getByTestId("deploy-message-input").fill("first version");
  await page.getByTestId("deploy-message-submit").click();
  await expect(drift(page)).toHaveText(/Editor = live v1/, { timeout: 60_000 });
  await expect(drift(page)).toHaveAttribute("data-state", "deployed");

  // v2, deployed with the shortcut (no message). Until then the top bar says the editor differs.
  await typeInEditor(page, code("v2"));
  await expect(drift(page)).toHaveAttribute("data-state", "changed");
  await expect(drift(page)).toHaveText(/Differs from live v1/);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(drift(page)).toHaveText(/Editor = live v2/, { timeout: 60_000 });
  await expectAppAnswers(page, "v2");

  // History lists both, newest first, the live one marked.
  await page.getByTestId("history-button").click();
  const sheet = page.getByTestId("history-sheet");
  await expect(sheet.getByTestId("version-row")).toHaveCount(2);
  await expect(sheet.getByTestId("version-row").first()).toHaveAttribute("data-version", "2");
  await expect(row(page, 2).getByTestId("version-live")).toBeVisible();
  await expect(row(page, 1).getByTestId("version-live")).toHaveCount(0);
  await expect(row(page, 1).getByTestId("version-message")).toHaveText("first version");
  await expect(row(page, 1)).toContainText(user.username);
  await expect(row(page, 2)).toContainText("No message");

  // Compare v1 with the live v2: the changed file, and the changed line on each side of the diff.
  await row(page, 1).getByTestId("version-compare").click();
  await expect(sheet).toHaveAttribute("data-view", "compare");
  await expect(page.getByTestId("compare-left")).toHaveText(/v1 · first version/);
  await expect(page.getByTestId("compare-right")).toHaveText(/v2 · live/);
  const file = sheet.locator('[data-testid="diff-file"][data-path="app.py"]');
  await expect(file).toHaveAttribute("data-kind", "changed");
  await expect(file).toContainText("+1");
  await expect(file).toContainText("−1");
  const diff = sheet.getByTestId("diff-editor");
  await expect(diff.locator(".editor.original .view-lines")).toContainText('"v1"');
  await expect(diff.locator(".editor.modified .view-lines")).toContainText('"v2"');
  // The worker computed the diff: the changed characters are marked on both sides.
  await expect(diff.locator(".editor.modified .char-insert").first()).toBeAttached();
  await expect(diff.locator(".editor.original .char-delete").first()).toBeAttached();

  // Roll back to v1: a new deployment of v1, shown like any deploy; the draft stays v2.
  await page.getByTestId("history-back").click();
  await row(page, 1).getByTestId("version-rollback").click();
  await expect(page.getByTestId("rollback-dialog")).toContainText("Deploy version 1 again as a new deployment");
  await page.getByTestId("rollback-dialog-confirm").click();
  await expect(sheet).toBeHidden();
  await expect(drift(page)).toHaveText(/Differs from live v1/, { timeout: 60_000 });
  await expect(page.getByTestId("deploy-status")).toHaveText(/ready/i);
  await expectAppAnswers(page, "v1");
  await expect(editorText(page)).toContainText('"v2"');

  // The top bar's Compare opens live (v1) against the editor.
  await page.getByTestId("compare-live").click();
  await expect(page.getByTestId("compare-left")).toHaveText(/v1 · live/);
  await expect(page.getByTestId("compare-right")).toHaveText(/Editor \(draft\)/);
  await expect(diff.locator(".editor.modified .view-lines")).toContainText('"v2"');
  await page.getByTestId("history-back").click();
  await expect(row(page, 1).getByTestId("version-live")).toBeVisible();
  await expect(sheet.getByTestId("version-row")).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  // Restore v2 into the editor over undeployed work: asks first, then replaces the files, no deploy.
  await typeInEditor(page, code("scratch"));
  await page.getByTestId("history-button").click();
  await row(page, 2).getByTestId("version-restore").click();
  await expect(page.getByTestId("restore-dialog")).toContainText("not deployed");
  await page.getByTestId("restore-dialog-confirm").click();
  await expect(sheet).toBeHidden();
  await expect(editorText(page)).toContainText('"v2"');
  await expect(editorText(page)).not.toContainText("scratch");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await expect(drift(page)).toHaveText(/Differs from live v1/);
  await expectAppAnswers(page, "v1");

  // The restored draft was saved: it survives a reload.
  await page.reload();
  await expect(editorText(page)).toContainText('"v2"');
  await expect(drift(page)).toHaveText(/Differs from live v1/);
});
