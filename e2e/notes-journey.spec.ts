import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";

// Issue #6's journey: create from the full-stack notes template, deploy, add a note through the
// app's own page, deploy a change, and roll back to the older version — the note (in MongoDB)
// survives, the change is gone.
const suffix = Date.now().toString(36);
const user = { username: `notes${suffix}`, password: "e2e-password-1" };
const NOTES_APP = fs.readFileSync(path.resolve(import.meta.dirname, "..", "templates", "notes-fullstack", "app.py"), "utf8");
// Appended at the end of app.py: one-line body, so Monaco's auto-indent has nothing to add.
const VERSION_ROUTE = '\n\n@app.get("/version")\ndef version() -> dict[str, str]: return {"version": "v2"}\n';

const drift = (page: Page) => page.getByTestId("deploy-drift");

test("notes template: deploy, add a note in the app, change it, roll back", async ({ page, context }) => {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId("new-app-button").click();
  await page.getByTestId("template-search").fill("notes");
  await page.getByTestId("template-card-notes-fullstack").click();
  await expect(page.getByTestId("template-preview")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("new-app-name").fill(`notes-${suffix}`);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  await expect(page.getByTestId("code-editor").locator(".view-lines")).toContainText("Notes");

  // v1: the template as it comes.
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(drift(page)).toHaveText(/Editor = live v1/, { timeout: 60_000 });

  // Add a note through the app's own page (a real form POST, stored in the user's MongoDB).
  const href = (await page.getByTestId("app-url").getAttribute("href")) ?? "";
  expect(href).toMatch(/^http:\/\/notes-[a-z0-9]+\.localhost:\d+/);
  const app = await context.newPage();
  await app.goto(href);
  await expect(app.getByRole("heading", { name: "New note" })).toBeVisible();
  await app.locator('input[name="title"]').fill("Written from the e2e test");
  await app.locator('textarea[name="body"]').fill("Kept in MongoDB across versions.");
  await app.getByRole("button", { name: "Save note" }).click();
  await expect(app).toHaveURL(/\/notes\/[^/]+$/);
  await expect(app.locator("body")).toContainText("Kept in MongoDB across versions.");

  // v2: a new endpoint at the end of app.py.
  expect(NOTES_APP.endsWith("\n")).toBe(true);
  await page.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(VERSION_ROUTE);
  await expect(drift(page)).toHaveAttribute("data-state", "changed");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(drift(page)).toHaveText(/Editor = live v2/, { timeout: 60_000 });
  expect((await app.goto(new URL("/version", href).toString()))?.status()).toBe(200);
  await expect(app.locator("body")).toContainText('"version":"v2"');

  // Roll back to v1 from History: /version is gone again, the note is still there.
  await page.getByTestId("history-button").click();
  await page.locator('[data-testid="version-row"][data-version="1"]').getByTestId("version-rollback").click();
  await page.getByTestId("rollback-dialog-confirm").click();
  await expect(drift(page)).toHaveText(/Differs from live v1/, { timeout: 60_000 });
  await expect(page.getByTestId("deploy-status")).toHaveText(/ready/i);
  expect((await app.goto(new URL("/version", href).toString()))?.status()).toBe(404);
  await app.goto(href);
  await expect(app.getByRole("link", { name: "Written from the e2e test" })).toBeVisible();
});
