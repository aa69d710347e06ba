import { expect, type Page, test } from "@playwright/test";

// Issue #3's journey: deploy an app, call it, then operate it from its dashboard (requests,
// traceback, metrics, live logs, collections) and see its figures on the apps list.
// With MONGODB_URL set (the e2e runner starts a Mongo-wire server) the database features are
// checked for real; without it, that they report themselves unavailable, calmly.
const suffix = Date.now().toString(36);
const user = { username: `dash${suffix}`, password: "e2e-password-1" };
const appName = `dash-${suffix}`; // also its slug
const mongo = Boolean(process.env.MONGODB_URL);

// One-line function bodies: Monaco keeps the previous line's indentation on Enter, so a body
// followed by another top-level function cannot be typed reliably.
const CODE = `from fastapi import FastAPI

app = FastAPI()

@app.get("/")
def index(): return {"hello": "dashboard"}

@app.get("/fail")
def fail(): raise RuntimeError("dashboard boom")

@app.get("/hello")
def hello(): print("printed-by-app", flush=True); return {"printed": True}
`;

async function typeInEditor(page: Page, text: string) {
  await page.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Monaco auto-indents and auto-closes brackets while typing; insertText keeps the text exact.
  await page.keyboard.insertText(text);
}

async function callFromTestPanel(page: Page, path: string, status: number) {
  await page.getByTestId("test-path").fill(path);
  await page.getByTestId("test-send").click();
  await expect(page.getByTestId("test-status")).toHaveText(String(status));
}

const requestRow = (page: Page, path: string) => page.locator(`[data-testid="request-row"][data-path="${path}"]`);

test("operate an app from its dashboard", async ({ page, context }) => {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByTestId("new-app-button").click();
  await page.getByTestId("new-app-name").fill(appName);
  await page.getByTestId("new-app-submit").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+\/edit$/);
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("FastAPI");
  await typeInEditor(page, CODE);
  await page.getByTestId("deploy-button").click();
  await expect(page.getByTestId("deploy-status")).toHaveText(/ready/i, { timeout: 60_000 });

  await callFromTestPanel(page, "/", 200);
  await callFromTestPanel(page, "/fail", 500);

  // The editor links to the dashboard.
  await page.getByTestId("open-dashboard").click();
  await expect(page).toHaveURL(/\/apps\/[^/]+$/);
  const dashboardUrl = page.url();
  await expect(page.getByTestId("dashboard-name")).toHaveText(appName);
  await expect(page.getByTestId("dashboard-status")).toHaveText(/running/i);
  await expect(page.getByTestId("requests-table")).toBeVisible();

  if (mongo) {
    // Requests: the call made before arriving shows up (the list refreshes every 2 s; how fast
    // records land is a benchmark figure, not a timed assertion), newest first.
    await expect(requestRow(page, "/")).toBeVisible();
    const failed = requestRow(page, "/fail");
    await expect(failed).toHaveAttribute("data-status", "500");

    // A failed request opens its exception.
    await failed.click();
    await expect(page.getByTestId("traceback-sheet")).toBeVisible();
    await expect(page.getByTestId("traceback-sheet")).toContainText("RuntimeError");
    await expect(page.getByTestId("traceback-text")).toContainText("dashboard boom");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("traceback-sheet")).toBeHidden();

    // Status-class chips filter the table.
    await page.getByTestId("status-filter-5xx").click();
    await expect(page.getByTestId("status-filter-5xx")).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("request-row")).toHaveCount(1);
    await expect(page.getByTestId("request-row")).toHaveAttribute("data-status", "500");
    await page.getByTestId("status-filter-all").click();
    await expect(requestRow(page, "/")).toBeVisible();

    // Metrics and collections.
    await expect(page.getByTestId("metrics-chart")).toBeVisible();
    await expect(page.getByTestId("metric-count")).not.toHaveText("0");
    await expect(page.getByTestId("collections-list")).toContainText("_platform_request_logs");
  } else {
    await expect(page.getByTestId("requests-table")).toContainText(/unavailable/i);
    await expect(page.getByTestId("collections-list")).toContainText(/unavailable/i);
  }

  // Live logs: what the app prints arrives over the stream.
  const href = await page.getByTestId("dashboard-url").getAttribute("href");
  expect(href).toMatch(/^http:\/\/dash-[a-z0-9]+\.localhost:\d+/);
  const tab = await context.newPage();
  const res = await tab.goto(`${href}/hello`);
  expect(res?.status()).toBe(200);
  const logs = page.getByTestId("live-logs");
  const printed = logs.getByTestId("logs-line").filter({ hasText: "printed-by-app" });
  await expect(printed).toHaveCount(1);
  // …and the request itself joins the table about two seconds later (a poll plus the runner's write).
  if (mongo) await expect(requestRow(page, "/hello")).toBeVisible({ timeout: 3_000 });

  // Filter, then pause: new lines wait, and resuming shows them.
  await page.getByTestId("logs-filter").fill("printed-by-app");
  await expect(logs.getByTestId("logs-line")).toHaveCount(1);
  await page.getByTestId("logs-pause").click();
  await expect(page.getByTestId("logs-pause")).toHaveAttribute("aria-pressed", "true");
  await tab.goto(`${href}/hello`);
  await expect(page.getByTestId("logs-waiting")).toBeVisible();
  await expect(printed).toHaveCount(1);
  await page.getByTestId("logs-pause").click();
  await expect(printed).toHaveCount(2);
  await tab.close();

  // The apps list: 24-hour figures per row, status cards that filter, the name leads to the dashboard.
  await page.goto("/");
  const stats = page.getByTestId(`app-stats-${appName}`);
  if (mongo) {
    await expect(stats).toHaveAttribute("data-state", "ready");
    await expect(stats).toContainText(/[1-9]\d* req/);
  } else {
    await expect(stats).toHaveAttribute("data-state", "unavailable");
  }
  const row = page.getByTestId(`app-row-${appName}`);
  await page.getByTestId("stats-card-error").click();
  await expect(page.getByTestId("stats-card-error")).toHaveAttribute("aria-pressed", "true");
  await expect(row).toBeHidden();
  await page.getByTestId("stats-card-running").click();
  await expect(page.getByTestId("stats-card-running")).toHaveAttribute("aria-pressed", "true");
  await expect(row).toBeVisible();
  await row.getByTestId("app-link").click();
  await expect(page).toHaveURL(dashboardUrl);

  // Clean up: delete the app.
  await page.goto("/");
  await row.getByRole("button", { name: `Actions for ${appName}` }).click();
  await page.getByRole("menuitem", { name: /Delete/ }).click();
  await page.getByTestId("delete-app-confirm").click();
  await expect(row).toBeHidden();
});
