import { expect, type Page, test } from "@playwright/test";

// Issue #2's journey: sign up, create an app, type code, see a marker, fix it, deploy, call it.
const user = { username: `e2e${Date.now().toString(36)}`, password: "e2e-password-1" };

async function typeInEditor(page: Page, text: string) {
  const editor = page.getByTestId("code-editor");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Monaco auto-indents and auto-closes brackets while typing; insertText keeps the text exact.
  await page.keyboard.insertText(text);
}

test("sign up, write, validate, deploy and call an app", async ({ page, context }) => {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId("new-app-button").click();
  await page.getByTestId("new-app-name").fill("Greeter");
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  await expect(page.getByTestId("code-editor")).toBeVisible();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("FastAPI");

  // A syntax error shows as a red marker (Monaco squiggle) and in the problems list.
  await typeInEditor(page, 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/")\ndef hello():\n    return {"hello": "e2e"\n');
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible();
  await expect(page.getByTestId("problems-list")).toContainText(/line 7|:7/);

  // Fixing it clears the marker.
  await typeInEditor(page, 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/")\ndef hello():\n    return {"hello": "e2e"}\n');
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0);

  await page.getByTestId("deploy-button").click();
  await expect(page.getByTestId("deploy-status")).toHaveText(/ready/i, { timeout: 60_000 });
  await expect(page.getByTestId("app-status")).toHaveText(/running/i);

  // The test panel calls the app through the server.
  await page.getByTestId("test-path").fill("/");
  await page.getByTestId("test-send").click();
  await expect(page.getByTestId("test-status")).toHaveText("200");
  await expect(page.getByTestId("test-body")).toContainText('"hello": "e2e"');

  // The app's URL opens and answers in the browser (*.localhost resolves to loopback in Chromium).
  const href = await page.getByTestId("app-url").getAttribute("href");
  expect(href).toMatch(/^http:\/\/greeter\.localhost:\d+/);
  const tab = await context.newPage();
  const res = await tab.goto(href ?? "");
  expect(res?.status()).toBe(200);
  await expect(tab.locator("body")).toContainText('"hello":"e2e"');
});
