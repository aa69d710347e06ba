import { type APIRequestContext, expect, type Page, test } from "@playwright/test";

// Issue #5's journeys in /admin. This file runs first (file order, one worker, one Kiln for every
// spec): the account created here is the platform's first, so it is the admin. Whatever happens,
// sign-up ends on and `colorsys` off the allow-list: the specs after this one sign up new users.
const suffix = Date.now().toString(36);
const admin = { username: `admin${suffix}`, password: "e2e-password-1" };
const visitor = { username: `visit${suffix}`, password: "e2e-password-1" };
const appName = `imports-${suffix}`; // also its slug
// Standard library, not on the default allow-list, and no user file is named like it.
const MODULE = "colorsys";

let api: APIRequestContext;

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.post("/api/v1/auth/signup", { data: admin });
  expect(res.status(), await res.text()).toBe(201);
  const { user, token } = (await res.json()) as { user: { role: string }; token: string };
  await anonymous.dispose();
  expect(user.role, "admin.spec.ts must run first, on a fresh Kiln: its first account is the admin").toBe("admin");
  api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
});

/** Leaves the platform as the other specs expect it, through the REST API. */
async function restoreSettings() {
  const current = await api.get("/api/v1/admin/settings");
  expect(current.status(), await current.text()).toBe(200);
  const { allowedImports } = (await current.json()) as { allowedImports: string[] };
  const res = await api.patch("/api/v1/admin/settings", {
    data: { signupEnabled: true, allowedImports: allowedImports.filter((m) => m !== MODULE) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

test.afterAll(async () => {
  await restoreSettings();
  await api.dispose();
});

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.goto("/login");
  await page.getByTestId("login-username").fill(who.username);
  await page.getByTestId("login-password").fill(who.password);
  await page.getByTestId("login-submit").click();
  await expect(page).toHaveURL(/\/$/);
}

async function typeInEditor(page: Page, text: string) {
  await page.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Monaco auto-indents and auto-closes brackets while typing; insertText keeps the text exact.
  await page.keyboard.insertText(text);
}

const importItem = (page: Page, name: string) => page.locator(`[data-testid="import-item"][data-module="${name}"]`);

test("an admin turns sign-up off, a visitor cannot sign up, then it is back on", async ({ page, browser }, testInfo) => {
  await signIn(page, admin);
  // The gear in the header (admins only) opens /admin on its overview.
  await page.getByTestId("admin-link").click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("overview-users")).toBeVisible();
  await expect(page.getByTestId("overview-runtime")).toContainText("Local processes");

  await page.getByTestId("admin-tab-general").click();
  await expect(page).toHaveURL(/\/admin\?tab=general$/);
  const signup = page.getByTestId("signup-switch");
  await expect(signup).toHaveAttribute("aria-checked", "true");

  const guest = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    await signup.click();
    await expect(signup).toHaveAttribute("aria-checked", "false");
    await expect(page.getByText("Sign-up turned off")).toBeVisible();
    // Stored, and the tab survives a reload.
    await page.reload();
    await expect(page.getByTestId("admin-tab-general")).toHaveAttribute("aria-selected", "true");
    await expect(signup).toHaveAttribute("aria-checked", "false");

    // A visitor in another browser sees the form closed, and the API refuses them too.
    const other = await guest.newPage();
    await other.goto("/signup");
    await expect(other.getByText(/Sign-up is turned off on this Kiln/)).toBeVisible();
    await expect(other.getByTestId("signup-submit")).toBeDisabled();
    const refused = await other.request.post("/api/v1/auth/signup", { data: visitor });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("turned off");

    // Back on: the visitor signs up, and as a plain user meets "Admins only" at /admin, with no gear.
    await signup.click();
    await expect(signup).toHaveAttribute("aria-checked", "true");
    await expect(page.getByText("Sign-up turned on")).toBeVisible();
    await other.reload();
    await other.getByTestId("signup-username").fill(visitor.username);
    await other.getByTestId("signup-password").fill(visitor.password);
    await other.getByTestId("signup-submit").click();
    await expect(other).toHaveURL(/\/$/);
    await expect(other.getByTestId("user-menu")).toContainText(visitor.username);
    await expect(other.getByTestId("admin-link")).toHaveCount(0);
    await other.goto("/admin?tab=general");
    await expect(other.getByTestId("admins-only")).toBeVisible();
    await expect(other.getByTestId("signup-switch")).toHaveCount(0);
  } finally {
    await guest.close();
    await restoreSettings();
  }
});

test("allowing an import in /admin clears the editor's marker", async ({ page }) => {
  await signIn(page, admin);
  await page.getByTestId("new-app-button").click();
  await page.getByTestId("new-app-name").fill(appName);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  const editorUrl = page.url();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("FastAPI");

  // Importing a module that is not on the list: a red marker and a problem naming it.
  const saved = page.waitForResponse((r) => r.url().includes("apps.update") && r.ok());
  await typeInEditor(page, `import ${MODULE}\nfrom fastapi import FastAPI\n\napp = FastAPI()\n`);
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible();
  await expect(page.getByTestId("problems-list")).toContainText(MODULE);
  await saved; // the draft autosaves, so the editor reopens with this code

  // Within the app (one page, one query cache): the apps list, the gear, Allowed imports.
  await page.getByRole("link", { name: "Back to all apps" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByTestId("admin-link").click();
  await page.getByTestId("admin-tab-imports").click();
  await expect(page).toHaveURL(/\/admin\?tab=imports$/);
  await expect(importItem(page, "json")).toBeVisible();
  await expect(importItem(page, MODULE)).toHaveCount(0);

  // Search narrows the list.
  const search = page.getByTestId("imports-search");
  await search.fill("colors");
  await expect(page.getByText("No allowed import matches “colors”")).toBeVisible();
  await search.fill("parse");
  await expect(page.getByTestId("import-item")).toHaveCount(1);
  await expect(importItem(page, "urllib.parse")).toBeVisible();
  await search.fill("");

  // Malformed names and duplicates are refused with the reason, before anything is saved.
  const input = page.getByTestId("import-add-input");
  const errorLine = page.getByTestId("import-add-error");
  await input.fill("2fast");
  await page.getByTestId("import-add").click();
  await expect(errorLine).toContainText("“2fast” is not a module name");
  await input.fill("json");
  await page.getByTestId("import-add").click();
  await expect(errorLine).toHaveText("json is already allowed");

  await input.fill(MODULE);
  await page.getByTestId("import-add").click();
  await expect(importItem(page, MODULE)).toBeVisible();
  await expect(input).toHaveValue("");
  await expect(page.getByText(`${MODULE} is allowed`)).toBeVisible();

  // Back in the editor, it re-reads the allow-list (the change invalidated it) and the marker goes.
  await page.getByTestId("nav-apps").click();
  const configRead = page.waitForResponse((r) => r.url().includes("validate.config") && r.ok(), { timeout: 15_000 });
  await page.getByTestId(`app-row-${appName}`).getByTestId("app-edit").click();
  await expect(page).toHaveURL(editorUrl);
  expect(await (await configRead).text()).toContain(MODULE);
  await expect(page.locator(".monaco-editor .view-lines")).toContainText(`import ${MODULE}`);
  await expect(page.getByText("No problems found.")).toBeVisible();
  await expect(page.getByTestId("problems-list")).not.toContainText(MODULE);
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0);

  // Remove it again: the entry goes, and the list is back to the default.
  await page.getByRole("link", { name: "Back to all apps" }).click();
  await page.getByTestId("admin-link").click();
  await page.getByTestId("admin-tab-imports").click();
  await importItem(page, MODULE).getByTestId("import-remove").click();
  await expect(importItem(page, MODULE)).toHaveCount(0);
  await expect(page.getByText(`${MODULE} is no longer allowed`)).toBeVisible();
  await expect(page.getByTestId("imports-reset")).toBeDisabled();
});
