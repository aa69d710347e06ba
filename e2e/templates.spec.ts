import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type TemplateManifest, zTemplateManifest } from "../lib/schemas/templates";

// Issue #6's journeys: start an app from a template in the New app gallery (search, tag filter,
// preview), then operate copies of an app: an env change offers "Redeploy now", a clone comes
// with its secrets by name only, and an app saved as a template shows up in the gallery as yours.
// The expectations about Kiln's own templates are read from templates/ so they follow its content.
const suffix = Date.now().toString(36);
const user = { username: `tpl${suffix}`, password: "e2e-password-1" };

const TEMPLATES_DIR = path.resolve(import.meta.dirname, "..", "templates");

/** A template's manifest, or null when Kiln would leave it out (missing or invalid, e.g. still being written). */
function manifest(id: string): TemplateManifest | null {
  try {
    const parsed = zTemplateManifest.safeParse(JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, id, "manifest.json"), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The template's files as the gallery serves them: everything but the top-level manifest. */
function templateFiles(id: string): string[] {
  const dir = path.join(TEMPLATES_DIR, id);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((p) => p !== "manifest.json");
}

function firstLine(id: string, file: string): string {
  const text = fs.readFileSync(path.join(TEMPLATES_DIR, id, file), "utf8");
  return text.split("\n").find((l) => l.trim() !== "") ?? "";
}

const cards = (page: Page) => page.locator('[data-testid^="template-card-"]');

async function signUp(page: Page) {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);
}

async function createFromTemplate(page: Page, search: string, id: string, name: string) {
  await page.getByTestId("new-app-button").click();
  await page.getByTestId("template-search").fill(search);
  await page.getByTestId(`template-card-${id}`).click();
  await expect(page.getByTestId("template-preview")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("new-app-name").fill(name);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
}

const appIdOf = (page: Page) => /\/apps\/([^/]+)\/edit$/.exec(page.url())?.[1] ?? "";

test("create an app from a template in the gallery", async ({ page }) => {
  const notes = manifest("notes-fullstack");
  if (!notes) throw new Error("templates/notes-fullstack/manifest.json is missing or invalid");
  const files = templateFiles("notes-fullstack");
  const mongoTagged = fs.readdirSync(TEMPLATES_DIR).filter((id) => manifest(id)?.tags.includes("mongo"));
  expect(files).toContain("store.py");
  expect(mongoTagged).toContain("notes-fullstack");

  await signUp(page);
  await page.getByTestId("new-app-button").click();
  // The blank hello-world is the default, previewed without a request.
  await expect(page.getByTestId("template-card-blank")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("template-preview")).toHaveAttribute("data-template", "blank");
  await expect(page.getByTestId("template-preview-code")).toContainText("FastAPI");
  await expect(page.getByTestId("template-card-hello-api")).toBeVisible();

  // A tag chip narrows to the templates carrying it (the blank card always stays). The least
  // used tags wait behind "+N more".
  const more = page.getByTestId("template-tags-more");
  if ((await more.count()) > 0) await more.click();
  await page.getByTestId("template-tag-mongo").click();
  await expect(cards(page)).toHaveCount(mongoTagged.length + 1);
  await expect(page.getByTestId("template-card-hello-api")).toHaveCount(0);
  await page.getByTestId("template-tag-mongo").click();

  // Search by a tag word; nonsense finds nothing and says so.
  const search = page.getByTestId("template-search");
  await search.fill("zzz-no-such-template");
  await expect(page.getByTestId("template-no-match")).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
  await search.fill("jinja2");
  const card = page.getByTestId("template-card-notes-fullstack");
  await expect(card).toContainText(notes.name);
  await expect(page.getByTestId("template-card-hello-api")).toHaveCount(0);

  // Picking it previews its files: entry file first, others on a click; the name is suggested.
  await card.click();
  await expect(card).toHaveAttribute("aria-pressed", "true");
  const preview = page.getByTestId("template-preview");
  await expect(preview).toHaveAttribute("data-template", "notes-fullstack");
  await expect(preview).toHaveAttribute("data-state", "ready");
  await expect(preview.getByTestId("template-preview-file")).toHaveCount(files.length);
  await expect(preview.getByTestId("template-preview-code")).toHaveAttribute("data-path", "app.py");
  await expect(preview.getByTestId("template-preview-code")).toContainText(firstLine("notes-fullstack", "app.py"));
  await preview.locator('[data-testid="template-preview-file"][data-path="store.py"]').click();
  await expect(preview.getByTestId("template-preview-code")).toHaveAttribute("data-path", "store.py");
  await expect(preview.getByTestId("template-preview-code")).toContainText(firstLine("notes-fullstack", "store.py"));
  await expect(page.getByTestId("new-app-name")).toHaveValue(notes.name);

  await page.getByTestId("new-app-name").fill(`notes-${suffix}`);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  await expect(page.getByTestId("file-store.py")).toBeVisible();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText(firstLine("notes-fullstack", "app.py"));
});

test("redeploy after an env change, clone with secrets by name, save as a template", async ({ page }) => {
  test.setTimeout(180_000);
  const source = `hello-${suffix}`; // also the slug
  const copy = `clone-${suffix}`;
  await page.goto("/login");
  await page.getByTestId("login-username").fill(user.username);
  await page.getByTestId("login-password").fill(user.password);
  await page.getByTestId("login-submit").click();
  await expect(page).toHaveURL(/\/$/);

  await createFromTemplate(page, "hello", "hello-api", source);
  const sourceId = appIdOf(page);
  await page.getByTestId("deploy-button").click();
  await expect(page.getByTestId("deploy-status")).toHaveText(/ready/i, { timeout: 60_000 });

  // A deployed app's env change offers "Redeploy now", which deploys a new version.
  await page.getByTestId("settings-button").click();
  await page.getByRole("button", { name: "Add variable" }).click();
  await page.getByRole("textbox", { name: "Variable name" }).fill("API_KEY");
  await page.getByRole("textbox", { name: "Value of API_KEY" }).fill("s3cret-value");
  await page.getByRole("button", { name: "Secret", exact: true }).click();
  await page.getByTestId("env-save").click();
  await page.getByRole("button", { name: "Redeploy now" }).click();
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`/api/v1/apps/${sourceId}/versions`);
        const body = (await res.json()) as { versions: { message: string | null; deployed: boolean }[] };
        return [body.versions.length, body.versions[0]?.message, body.versions[0]?.deployed];
      },
      { timeout: 60_000 },
    )
    .toEqual([2, "Environment changed", true]);

  // Clone from the apps list: the secret comes by name only, and the copy's editor says so.
  await page.getByRole("link", { name: "Back to all apps" }).click();
  await page.getByTestId(`app-row-${source}`).getByTestId("app-actions").click();
  await page.getByTestId("clone-app-action").click();
  await expect(page.getByTestId("clone-app-name")).toHaveValue(`${source} copy`);
  await page.getByTestId("clone-app-name").fill(copy);
  await page.getByTestId("clone-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  expect(appIdOf(page)).not.toBe(sourceId);
  await expect(page.getByText(`Cloned ${source} as ${copy}`)).toBeVisible();
  await expect(page.getByText("The secret API_KEY was copied without its value")).toBeVisible();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText(firstLine("hello-api", "app.py"));
  await expect(page.getByTestId("settings-button")).toHaveAccessibleName("App settings (some secrets are not set)");
  await page.getByTestId("settings-button").click();
  await expect(page.getByTestId("env-unset-note")).toContainText("API_KEY");
  const secret = page.locator('[data-testid="env-var-row"][data-name="API_KEY"]');
  await expect(secret).toHaveAttribute("data-unset", "true");
  await expect(secret.getByLabel("Value of API_KEY")).toHaveAttribute("placeholder", "not set — enter a value");
  await page.keyboard.press("Escape");

  // Both apps are on the list; the copy is saved as a template and is in the gallery as yours.
  await page.getByRole("link", { name: "Back to all apps" }).click();
  await expect(page.getByTestId(`app-row-${source}`)).toBeVisible();
  const copyRow = page.getByTestId(`app-row-${copy}`);
  await expect(copyRow).toBeVisible();
  await copyRow.getByTestId("app-actions").click();
  await page.getByTestId("save-template-action").click();
  await expect(page.getByTestId("save-template-name")).toHaveValue(copy);
  await page.getByTestId("save-template-name").fill(`Mine ${suffix}`);
  await page.getByTestId("save-template-tags").fill("FastAPI, Bad_Tag");
  await page.getByTestId("save-template-submit").click();
  await expect(page.getByText("“bad_tag”: tags are short lowercase words")).toBeVisible();
  await page.getByTestId("save-template-tags").fill("FastAPI, mine");
  await page.getByTestId("save-template-submit").click();
  await expect(page.getByText(`Saved “Mine ${suffix}” as a template`)).toBeVisible();

  await page.getByTestId("new-app-button").click();
  await page.getByTestId("template-search").fill(suffix);
  const mine = page.locator('[data-testid^="template-card-"]').filter({ hasText: `Mine ${suffix}` });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId("template-yours")).toBeVisible();
  await expect(mine).toContainText("mine");
});
