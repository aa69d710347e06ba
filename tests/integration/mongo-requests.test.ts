/**
 * Request logs end to end: a real Kiln with MongoDB (the shared Mongo-wire server), a real runner
 * writing `_platform_request_logs` into the owner's database, and the dashboard API reading them.
 */
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, type DeployedApp, eventually, signup, trpcQuery } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const APP = `from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/ok/{n}")
def ok(n: int) -> dict[str, int]:
    return {"n": n}


@app.get("/missing/{n}")
def missing(n: int) -> dict[str, int]:
    raise HTTPException(status_code=404, detail="nothing here")


@app.get("/Boom/{n}")
def boom(n: int) -> dict[str, int]:
    raise RuntimeError(f"boom number {n}")
`;

interface RequestView {
  id: string;
  ts: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  responseBytes: number;
  coldStart: boolean;
  error?: { type: string; message: string; traceback: string };
}

const TOTAL = 200;
const pathFor = (i: number) => (i % 10 === 0 ? `/Boom/${i}` : i % 4 === 1 ? `/missing/${i}` : `/ok/${i}`);
const statusFor = (i: number) => (i % 10 === 0 ? 500 : i % 4 === 1 ? 404 : 200);

/** Nearest rank, written out again here: the API must agree with the definition, not with its own code. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p * sorted.length) / 100) - 1] ?? null;
}

let kiln: KilnProcess;
let mongo: MongoClient;
let admin: { token: string; id: string };
let bob: { token: string; id: string };
let carol: { token: string; id: string };
let app: DeployedApp;

beforeAll(async () => {
  const mongoUrl = inject("mongoUrl");
  mongo = new MongoClient(mongoUrl);
  kiln = await startKiln({ env: { MONGODB_URL: mongoUrl } });
  admin = await signup(kiln.url, "reqadmin");
  bob = await signup(kiln.url, "reqbob");
  carol = await signup(kiln.url, "reqcarol");
  app = await createAndDeploy(kiln.url, bob.token, "traffic", { "app.py": APP });
  for (let i = 0; i < TOTAL; i += 10) {
    const batch = Array.from({ length: 10 }, (_, k) => i + k);
    const answers = await Promise.all(batch.map((n) => viaGateway(kiln.port, app.slug, pathFor(n))));
    expect(answers.map((r) => r.status)).toEqual(batch.map(statusFor));
  }
  // The runner writes in batches on its own thread; nothing announces a write across processes.
  await eventually("all request logs to land", async () => {
    const m = await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=1h`);
    return m.status === 200 && m.body.count >= TOTAL ? true : undefined;
  });
});

afterAll(async () => {
  await kiln?.stop();
  await mongo?.close();
});

const logs = () => mongo.db(`kiln_u_${bob.id}`).collection("_platform_request_logs");

describe("GET /apps/{id}/requests", () => {
  it("pages through every request, newest first, with keyset cursors", async () => {
    const seen: RequestView[] = [];
    let before: string | null = null;
    for (let page = 0; page < 20; page++) {
      const q: string = `/apps/${app.id}/requests?limit=37${before ? `&before=${encodeURIComponent(before)}` : ""}`;
      const res = await api(kiln.url, bob.token).get<{ requests: RequestView[]; nextCursor: string | null }>(q);
      expect(res.status).toBe(200);
      seen.push(...res.body.requests);
      before = res.body.nextCursor;
      if (!before) break;
      expect(res.body.requests).toHaveLength(37);
    }
    expect(seen).toHaveLength(TOTAL);
    expect(new Set(seen.map((r) => r.id)).size).toBe(TOTAL);
    const keys = seen.map((r) => `${r.ts}|${r.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    const byPath = new Map(seen.map((r) => [r.path, r]));
    for (let i = 0; i < TOTAL; i++) {
      const r = byPath.get(pathFor(i));
      expect(r, pathFor(i)).toMatchObject({ method: "GET", status: statusFor(i), coldStart: expect.any(Boolean) });
      expect(r?.durationMs).toBeGreaterThan(0);
      expect(r?.responseBytes).toBeGreaterThanOrEqual(0);
    }
  });

  it("carries the traceback of every 500, and no error on the others", async () => {
    const res = await api(kiln.url, bob.token).get(`/apps/${app.id}/requests?status=5xx&limit=200`);
    expect(res.body.requests).toHaveLength(TOTAL / 10);
    for (const r of res.body.requests as RequestView[]) {
      expect(r.error?.type).toBe("RuntimeError");
      expect(r.error?.message).toBe(`boom number ${r.path.split("/")[2]}`);
      expect(r.error?.traceback).toContain("app.py");
      expect(r.error?.traceback).toContain("RuntimeError");
    }
    const ok = await api(kiln.url, bob.token).get(`/apps/${app.id}/requests?status=2xx&limit=200`);
    expect(ok.body.requests.every((r: RequestView) => r.status === 200 && r.error === undefined)).toBe(true);
  });

  it("filters by status class and by case-insensitive literal path substring", async () => {
    const count = async (q: string) => (await api(kiln.url, bob.token).get(`/apps/${app.id}/requests?limit=200&${q}`)).body.requests.length;
    expect(await count("status=4xx")).toBe(50);
    expect(await count("status=2xx")).toBe(130);
    expect(await count("status=3xx")).toBe(0);
    expect(await count("path=boom")).toBe(20);
    expect(await count("path=MISSING%2F1")).toBe(await count("path=missing/1"));
    expect(await count(`path=${encodeURIComponent("/ok/.*")}`)).toBe(0); // no regex injection
    expect(await count("status=5xx&path=%2Fboom%2F1")).toBe(11); // 10, 100..190
    expect(await count("path=%2FBOOM%2F10")).toBe(2); // 10, 100
  });

  it("refuses bad input with 400", async () => {
    const a = api(kiln.url, bob.token);
    for (const q of ["limit=0", "limit=201", "status=6xx", "before=bogus"]) {
      const res = await a.get(`/apps/${app.id}/requests?${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe("GET /apps/{id}/metrics", () => {
  it("matches a computation over the raw records in MongoDB", async () => {
    const raw = await logs()
      .find({ app_id: app.id, kind: { $exists: false } })
      .toArray();
    expect(raw).toHaveLength(TOTAL);
    const durations = raw.map((d) => d.duration_ms as number);
    const res = await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=1h`);
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m).toMatchObject({
      window: "1h",
      count: TOTAL,
      errorRate: raw.filter((d) => d.status >= 500).length / TOTAL,
      p50Ms: nearestRank(durations, 50),
      p95Ms: nearestRank(durations, 95),
      dropped: 0,
    });
    expect(m.errorRate).toBe(0.1);
    expect(m.series).toHaveLength(60);
    const from = Date.parse(m.from);
    for (const [i, point] of (m.series as { ts: string; count: number; errors: number; p95Ms: number | null }[]).entries()) {
      const start = from + i * m.bucketMs;
      expect(Date.parse(point.ts)).toBe(start);
      const inBucket = raw.filter((d) => d.ts.getTime() >= start && d.ts.getTime() < start + m.bucketMs);
      expect(point.count).toBe(inBucket.length);
      expect(point.errors).toBe(inBucket.filter((d) => d.status >= 500).length);
      expect(point.p95Ms).toBe(
        nearestRank(
          inBucket.map((d) => d.duration_ms),
          95,
        ),
      );
    }
  });

  it("cuts 24h and 7d into 96 and 168 buckets with the same totals", async () => {
    for (const [window, n] of [
      ["24h", 96],
      ["7d", 168],
    ] as const) {
      const m = (await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=${window}`)).body;
      expect(m.series).toHaveLength(n);
      expect(m.count).toBe(TOTAL);
      expect(m.series.reduce((s: number, p: { count: number }) => s + p.count, 0)).toBe(TOTAL);
    }
    expect((await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=2d`)).status).toBe(400);
  });

  it("counts the runner's dropped summaries in `dropped`, never as requests", async () => {
    await logs().insertOne({ ts: new Date(), app_id: app.id, kind: "dropped", count: 7 });
    const m = (await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=1h`)).body;
    expect(m).toMatchObject({ count: TOTAL, dropped: 7 });
    const page = (await api(kiln.url, bob.token).get(`/apps/${app.id}/requests?limit=200`)).body;
    expect(page.requests).toHaveLength(TOTAL);
    expect(page.nextCursor).toBeNull();
  });

  it("lists WebSocket sessions as requests but keeps their lifetimes out of latency metrics", async () => {
    const before = (await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=1h`)).body;
    const ws = {
      ts: new Date(),
      app_id: app.id,
      method: "WS",
      path: "/ws",
      status: 101,
      duration_ms: 3_600_000,
      response_bytes: 10,
      cold_start: false,
    };
    const { insertedId } = await logs().insertOne(ws);
    try {
      const after = (await api(kiln.url, bob.token).get(`/apps/${app.id}/metrics?window=1h`)).body;
      expect(after).toMatchObject({ count: before.count, p50Ms: before.p50Ms, p95Ms: before.p95Ms });
      const page = (await api(kiln.url, bob.token).get(`/apps/${app.id}/requests?limit=1`)).body;
      expect(page.requests[0]).toMatchObject({ method: "WS", status: 101 });
    } finally {
      await logs().deleteOne({ _id: insertedId });
    }
  });
});

describe("access, collections, stats and status", () => {
  it("answers 404 to another user, and lets an admin in", async () => {
    for (const p of ["requests", "metrics", "collections"]) {
      const res = await api(kiln.url, carol.token).get(`/apps/${app.id}/${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body.error.code).toBe("not_found");
      expect((await api(kiln.url, admin.token).get(`/apps/${app.id}/${p}`)).status, p).toBe(200);
    }
  });

  it("lists the owner's collections, internal ones flagged", async () => {
    const res = await api(kiln.url, bob.token).get(`/apps/${app.id}/collections`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ available: true, database: `kiln_u_${bob.id}` });
    expect(res.body.collections).toContainEqual({ name: "_platform_request_logs", count: TOTAL + 1, internal: true });
  });

  it("gives the apps list its 24-hour figures (tRPC apps.listStats)", async () => {
    const raw = await logs()
      .find({ app_id: app.id, kind: { $exists: false } })
      .toArray();
    const res = await trpcQuery(kiln.url, bob.token, "apps.listStats");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      mongo: "up",
      stats: {
        [app.id]: {
          requests24h: TOTAL,
          errorRate24h: 0.1,
          p95Ms24h: nearestRank(
            raw.map((d) => d.duration_ms),
            95,
          ),
        },
      },
    });
    expect((await trpcQuery(kiln.url, carol.token, "apps.listStats")).data).toEqual({ mongo: "up", stats: {} });
  });

  it("reports MongoDB up in health and system.status", async () => {
    expect(await (await fetch(`${kiln.url}/api/health`)).json()).toMatchObject({ ok: true, mongo: "up" });
    expect((await trpcQuery(kiln.url, bob.token, "system.status")).data).toEqual({ mongo: { state: "up" } });
  });

  it("publishes the new routes in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${kiln.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, any>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/apps/{id}/requests", "/apps/{id}/metrics", "/apps/{id}/collections"]));
    const params = doc.paths["/apps/{id}/requests"]?.get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(["id", "limit", "before", "status", "path"]));
  });
});

describe("apps.logsFollow (tRPC subscription)", () => {
  it("sends the tail first, then live lines", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { id: app.id, tail: 3 } }));
    const ac = new AbortController();
    const res = await fetch(`${kiln.url}/api/trpc/apps.logsFollow?input=${input}`, {
      headers: { authorization: `Bearer ${bob.token}`, accept: "text/event-stream" },
      signal: ac.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const lines: { ts: string; stream: string; text: string }[] = [];
    let buffer = "";
    let triggered = false;
    const deadline = Date.now() + 20_000;
    try {
      while (Date.now() < deadline && !lines.some((l) => l.text.includes("boom number 4242"))) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (let i = buffer.indexOf("\n\n"); i >= 0; i = buffer.indexOf("\n\n")) {
          const data = buffer
            .slice(0, i)
            .split("\n")
            .find((l) => l.startsWith("data: "));
          buffer = buffer.slice(i + 2);
          const json = data ? (JSON.parse(data.slice(6)) as { json?: { text?: string } }).json : undefined;
          if (json?.text !== undefined) lines.push(json as (typeof lines)[number]);
        }
        if (lines.length >= 3 && !triggered) {
          triggered = true;
          await viaGateway(kiln.port, app.slug, "/Boom/4242");
        }
      }
    } finally {
      ac.abort();
    }
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[0]).toMatchObject({ ts: expect.any(String), stream: expect.stringMatching(/stdout|stderr|system/) });
    expect(lines.slice(3).some((l) => l.text.includes("boom number 4242"))).toBe(true);
  });

  it("answers another user's subscription with NOT_FOUND", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { id: app.id, tail: 3 } }));
    const res = await fetch(`${kiln.url}/api/trpc/apps.logsFollow?input=${input}`, { headers: { authorization: `Bearer ${carol.token}` } });
    const text = await res.text();
    expect(text).toContain("NOT_FOUND");
    expect(text).not.toContain("boom");
    const deploymentId = (await api(kiln.url, bob.token).get(`/apps/${app.id}`)).body.lastDeployment.id;
    const events = encodeURIComponent(JSON.stringify({ json: { id: app.id, deploymentId } }));
    const refused = await fetch(`${kiln.url}/api/trpc/apps.deploymentEvents?input=${events}`, {
      headers: { authorization: `Bearer ${carol.token}` },
    });
    expect(await refused.text()).toContain("NOT_FOUND");
  });
});
