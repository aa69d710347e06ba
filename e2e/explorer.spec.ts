import { expect, type Locator, type Page, test } from "@playwright/test";

// Issue #4's journey: an app writes documents to its database, and its owner reads them in the
// data explorer at /data: pick the database and collection, page through, filter, sort, open a
// nested document, see BSON types rendered faithfully, and get the server's word on a bad filter.
// Without MONGODB_URL the explorer says, calmly, that the database is unavailable.
const suffix = Date.now().toString(36);
const user = { username: `data${suffix}`, password: "e2e-password-1" };
const appName = `data-${suffix}`;
const mongo = Boolean(process.env.MONGODB_URL);

// Set up through the REST API (the browser's session cookie authenticates it): the editor is
// covered by the other journeys, and typed Python loses its indentation in Monaco.
const APP_PY = `import datetime
import os
import uuid

from bson import Decimal128, Int64, Binary
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()


@app.post("/seed")
def seed() -> dict[str, bool]:
    db = MongoClient(os.environ["PLATFORM_MONGO_URI"]).get_default_database()
    db.items.insert_many(
        [
            {"name": f"item{i}", "status": "active" if i % 2 else "archived", "n": i, "meta": {"tags": ["a", "b"], "owner": {"name": "deep"}}}
            for i in range(30)
        ]
    )
    db.kinds.insert_one(
        {
            "when": datetime.datetime(2024, 1, 2, 3, 4, 5, 6000),
            "price": Decimal128("1.50"),
            "big": Int64(9007199254740993),
            "uid": Binary.from_uuid(uuid.UUID("01234567-89ab-cdef-0123-456789abcdef")),
            "raw": Binary(bytes([10, 11, 12, 13])),
            "ratio": 1.5,
            "story": "x" * 300,
            "list": list(range(60)),
        }
    )
    return {"ok": True}
`;

interface CreatedApp {
  id: string;
  slug: string;
  url: string;
}

async function createAndDeploy(page: Page): Promise<CreatedApp> {
  const created = await page.request.post("/api/v1/apps", { data: { name: appName, files: { "app.py": APP_PY } } });
  expect(created.status(), await created.text()).toBe(201);
  const app = (await created.json()) as CreatedApp;
  const deploy = await page.request.post(`/api/v1/apps/${app.id}/deploy`, { data: {} });
  expect(deploy.status(), await deploy.text()).toBe(202);
  const { deploymentId } = (await deploy.json()) as { deploymentId: string };
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`/api/v1/apps/${app.id}/deployments/${deploymentId}`);
        const body = (await res.json()) as { status: string; error?: unknown };
        if (body.status === "failed") throw new Error(`deploy failed: ${JSON.stringify(body.error)}`);
        return body.status;
      },
      { timeout: 60_000, intervals: [250, 500, 1000] },
    )
    .toBe("ready");
  return app;
}

const docs = (page: Page) => page.getByTestId("explorer-doc");
const docNamed = (page: Page, name: string) => docs(page).filter({ hasText: `"name": "${name}"` });
const node = (scope: Locator, path: string) => scope.locator(`[data-testid="json-node"][data-path="${path}"]`);
const toggle = (n: Locator) => n.getByTestId("json-toggle").first();

async function runFilter(page: Page, filter: string) {
  await page.getByTestId("explorer-filter").fill(filter);
  // Ctrl/Cmd+Enter runs the query from the filter field.
  await page.getByTestId("explorer-filter").press("ControlOrMeta+Enter");
}

test("browse an app's documents in the data explorer", async ({ page, context }) => {
  await page.goto("/signup");
  await page.getByTestId("signup-username").fill(user.username);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expect(page).toHaveURL(/\/$/);

  // The header leads to the explorer.
  await page.getByTestId("nav-data").click();
  await expect(page).toHaveURL(/\/data/);
  await expect(page.getByTestId("nav-data")).toHaveAttribute("aria-current", "page");

  if (!mongo) {
    await expect(page.getByTestId("explorer-problem")).toContainText(/unavailable/i);
    return;
  }

  const app = await createAndDeploy(page);
  try {
    // The app writes its documents (same-origin fetch from a tab on the app's own URL; *.localhost is loopback).
    const tab = await context.newPage();
    await tab.goto(`${app.url}/openapi.json`);
    const seeded = await tab.evaluate(async () => (await fetch("/seed", { method: "POST" })).json());
    expect(seeded).toEqual({ ok: true });
    await tab.close();

    // Pick the database (the user's only one) and the collection.
    await page.goto("/data");
    const databases = page.locator('[data-testid^="explorer-db-"]');
    await expect(databases).toHaveCount(1);
    await databases.click();
    await expect(databases).toHaveAttribute("aria-current", "page");
    await page.getByTestId("explorer-collection-items").click();
    await expect(page).toHaveURL(/collection=items/);
    // Counts are MongoDB's estimate ("~") until the exact one is asked for.
    const items = page.getByTestId("explorer-collection-items");
    await expect(items.getByTestId("collection-count")).toHaveText("~about 30");
    await page.getByTestId("explorer-exact-count-items").click();
    await expect(items.getByTestId("collection-count")).toHaveText("30");
    await expect(page.getByTestId("explorer-exact-count-items")).toBeHidden();

    // Keyset paging: 25 + 5, and back.
    await expect(docs(page)).toHaveCount(25);
    await expect(page.getByTestId("explorer-page")).toContainText("Page 1");
    await expect(page.getByTestId("explorer-prev")).toBeDisabled();
    await page.getByTestId("explorer-next").click();
    await expect(page.getByTestId("explorer-page")).toContainText("Page 2");
    await expect(docs(page)).toHaveCount(5);
    await expect(page.getByTestId("explorer-next")).toBeDisabled();
    await page.getByTestId("explorer-prev").click();
    await expect(docs(page)).toHaveCount(25);

    // Filter: exactly the active documents with n > 20.
    await runFilter(page, '{"status": "active", "n": {"$gt": 20}}');
    await expect(docs(page)).toHaveCount(5);
    for (const n of [21, 23, 25, 27, 29]) await expect(docNamed(page, `item${n}`)).toHaveCount(1);
    await expect(page.getByTestId("explorer-page")).toContainText("Page 1");

    // The query lives in the URL: a reload shows the same documents and the same filter.
    await page.reload();
    await expect(docs(page)).toHaveCount(5);
    await expect(page.getByTestId("explorer-filter")).toHaveValue('{"status": "active", "n": {"$gt": 20}}');

    // Sort descending by n.
    await page.getByTestId("explorer-sort").fill("n");
    await page.getByTestId("explorer-sort-direction").click();
    await page.getByTestId("explorer-run").click();
    await expect(page).toHaveURL(/sort=-n/);
    await expect(docs(page).first()).toContainText('"name": "item29"');

    // A nested document opens level by level.
    const doc = docNamed(page, "item21");
    await expect(doc).not.toContainText("deep");
    const meta = node(doc, "meta");
    await toggle(meta).click();
    await expect(toggle(meta)).toHaveAttribute("aria-expanded", "true");
    const owner = node(doc, "meta.owner");
    await toggle(owner).click();
    await expect(owner).toContainText('"name": "deep"');
    // Collapse all, then expand all.
    await doc.getByTestId("doc-collapse-all").click();
    await expect(doc).not.toContainText("deep");
    await doc.getByTestId("doc-expand-all").click();
    await expect(node(doc, "meta.owner")).toContainText('"deep"');

    // Server-side JavaScript is refused, and the server's message shows under the filter.
    await runFilter(page, '{"$where": "this.n > 1"}');
    await expect(page.getByTestId("explorer-error")).toContainText("$where");
    await expect(page.getByTestId("explorer-filter")).toHaveAttribute("aria-invalid", "true");
    // Bad JSON names its position.
    await runFilter(page, '{"status": }');
    await expect(page.getByTestId("explorer-error")).toContainText(/line 1, column/);
    // A projection error sits under the projection; a good projection keeps only what it names (and _id).
    await page.getByTestId("explorer-filter").fill("");
    await page.getByTestId("explorer-projection").fill('{"name": 1, "n": 0}');
    await page.getByTestId("explorer-run").click();
    await expect(page.getByTestId("explorer-error")).toContainText("projection");
    await expect(page.getByTestId("explorer-projection")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("explorer-filter")).not.toHaveAttribute("aria-invalid");
    await page.getByTestId("explorer-projection").fill('{"name": 1}');
    await page.getByTestId("explorer-run").click();
    await expect(page.getByTestId("explorer-error")).toBeHidden();
    await expect(docs(page)).toHaveCount(25);
    await expect(docs(page).first()).toContainText("2 fields");
    await expect(docs(page).first()).toContainText('"name": "item29"');

    // BSON types as canonical Extended JSON describes them.
    await page.getByTestId("explorer-collection-kinds").click();
    await expect(docs(page)).toHaveCount(1);
    const kinds = docs(page).first();
    await expect(page.getByTestId("explorer-error")).toBeHidden();
    await expect(kinds).toContainText('_id ObjectId("');
    await expect(kinds).toContainText("Date 2024-01-02T03:04:05.006Z");
    await expect(kinds).toContainText('Decimal128("1.50")');
    await expect(kinds).toContainText('Long("9007199254740993")');
    await expect(kinds).toContainText('UUID("01234567-89ab-cdef-0123-456789abcdef")');
    await expect(kinds).toContainText("Binary (4 bytes) 0a0b0c0d");
    await expect(kinds).toContainText('"ratio": 1.5');
    // "Copy as Extended JSON" gives relaxed Extended JSON, losing nothing.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await kinds.getByRole("button", { name: "Copy as Extended JSON" }).click();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied).toMatchObject({
      when: { $date: "2024-01-02T03:04:05.006Z" },
      price: { $numberDecimal: "1.50" },
      big: { $numberLong: "9007199254740993" },
      uid: { $binary: { base64: "ASNFZ4mrze8BI0VniavN7w==", subType: "04" } },
      ratio: 1.5,
    });
    expect(copied.list).toHaveLength(60);
    // Long strings and big arrays are cut until asked for.
    await kinds.getByRole("button", { name: /show all 300 characters/ }).click();
    await expect(kinds).toContainText(`"${"x".repeat(300)}"`);
    const list = node(kinds, "list");
    await expect(list).toContainText("[60 items]");
    await toggle(list).click();
    await expect(list.locator("li")).toHaveCount(51);
    await list.getByRole("button", { name: /Show all 60 items/ }).click();
    await expect(list.locator("li")).toHaveCount(60);

    // Kiln's own collections are listed apart, dimmed, not hidden (the /seed call was logged there).
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh documents" }).click();
      await expect(page.getByTestId("explorer-internal-collections")).toContainText("_platform_request_logs", { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId("explorer-collection-_platform_request_logs")).toHaveAttribute("data-internal", "true");
  } finally {
    await page.request.delete(`/api/v1/apps/${app.id}`);
  }
});
