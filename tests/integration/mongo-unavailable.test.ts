/**
 * Kiln without MongoDB: unset (features "disabled") or unreachable ("down", and back "up" once
 * the server is there, without a restart). Deploys keep working; database features answer 503
 * with a reason; nothing answers 500.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, eventually, signup, trpcQuery } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { freePort, type SecantusServer, startSecantus } from "../support/mongo";
import { MONGO_PROBE_APP } from "../support/mongo-probe-app";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function health(kiln: KilnProcess) {
  const res = await fetch(`${kiln.url}/api/health`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; mongo: string } };
}

/** The dashboard's database reads, as the UI and REST clients make them. */
async function databaseFeatures(kiln: KilnProcess, token: string, appId: string) {
  const a = api(kiln.url, token);
  return {
    requests: await a.get(`/apps/${appId}/requests`),
    metrics: await a.get(`/apps/${appId}/metrics?window=1h`),
    collections: await a.get(`/apps/${appId}/collections`),
    listStats: await trpcQuery(kiln.url, token, "apps.listStats"),
    status: await trpcQuery(kiln.url, token, "system.status"),
  };
}

function noInternalErrors(kiln: KilnProcess) {
  expect(kiln.output.filter((l) => /internal error|failed:|Traceback|MongoServerSelectionError|Mongo\w*Error/.test(l))).toEqual([]);
}

describe("MONGODB_URL unset", () => {
  it("reports disabled, answers 503 with the reason, and still deploys", async () => {
    const kiln = await startKiln();
    cleanups.push(() => kiln.stop());
    expect(await health(kiln)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, mongo: "disabled" }) });
    const { token } = await signup(kiln.url, "nomongo");
    const app = await createAndDeploy(kiln.url, token, "no db", { "app.py": MONGO_PROBE_APP });
    expect(await (await viaGateway(kiln.port, app.slug, "/whoami")).json()).toEqual({ database: null, uri: null });

    const f = await databaseFeatures(kiln, token, app.id);
    for (const res of [f.requests, f.metrics]) {
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: "service_unavailable", message: expect.stringContaining("MONGODB_URL is unset") });
      expect(res.body.error.details).toEqual({ mongo: "disabled" });
    }
    expect(f.collections.body).toEqual({
      available: false,
      reason: expect.stringContaining("MONGODB_URL"),
      database: expect.any(String),
      collections: [],
    });
    expect(f.listStats.data).toEqual({ stats: {}, mongo: "disabled" });
    expect(f.status.data).toEqual({ mongo: { state: "disabled", reason: expect.stringContaining("MONGODB_URL") } });
    noInternalErrors(kiln);
  });
});

describe("MongoDB unreachable", () => {
  it("reports down without 500s, still deploys, and comes back up when the server does", async () => {
    const port = await freePort(); // nothing listens here (yet)
    const kiln = await startKiln({ env: { MONGODB_URL: `mongodb://127.0.0.1:${port}/?directConnection=true` } });
    cleanups.push(() => kiln.stop());
    expect(await health(kiln)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, mongo: "down" }) });
    const { token } = await signup(kiln.url, "downmongo");
    const app = await createAndDeploy(kiln.url, token, "down db", { "app.py": MONGO_PROBE_APP });
    expect(await (await viaGateway(kiln.port, app.slug, "/whoami")).json()).toEqual({ database: null, uri: null });

    const started = Date.now();
    const f = await databaseFeatures(kiln, token, app.id);
    expect(Date.now() - started).toBeLessThan(4000); // the cached state answers; no 2-second wait per call
    for (const res of [f.requests, f.metrics]) {
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain("MongoDB is unreachable");
      expect(res.body.error.message).not.toContain(String(port));
    }
    expect(f.collections.body).toMatchObject({ available: false, reason: expect.stringContaining("unreachable") });
    expect(f.listStats.data).toEqual({ stats: {}, mongo: "down" });
    expect(f.status.data).toEqual({ mongo: { state: "down", reason: expect.stringContaining("unreachable") } });

    // The server appears on that port: Kiln notices on its own (the "down" state is not sticky).
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-mongo-late-"));
    const server: SecantusServer = await startSecantus({ port, storage, auth: false });
    cleanups.push(async () => {
      await server.stop();
      fs.rmSync(storage, { recursive: true, force: true });
    });
    await eventually("health to report mongo up", async () => ((await health(kiln)).body.mongo === "up" ? true : undefined), 20_000);
    const back = await databaseFeatures(kiln, token, app.id);
    expect(back.requests.status).toBe(200);
    expect(back.requests.body).toEqual({ requests: [], nextCursor: null });
    expect(back.metrics.body).toMatchObject({ count: 0, errorRate: 0, p50Ms: null, p95Ms: null, dropped: 0 });
    expect(back.collections.body).toMatchObject({ available: true });
    expect(back.status.data).toEqual({ mongo: { state: "up" } });
    expect(kiln.output.filter((l) => l.includes("MongoDB is down"))).toHaveLength(1); // one line, not one per request
    noInternalErrors(kiln);
  });
});
