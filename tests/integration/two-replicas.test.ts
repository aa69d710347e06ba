/**
 * Two Kiln replicas on one PostgreSQL database (issue #7: "2 replicas must work"). A deploy runs
 * on replica A; its events are streamed from replica B, which runs no rollout of it and so can
 * only learn them from the database. Deployments of one app asked of different replicas roll out
 * one after the other; both replicas mirror Kiln's templates at once without tripping over each
 * other; sessions and tokens are rows, so either replica honours what the other minted. Both
 * replicas run the local runtime; B starts before any app exists, so it never starts a copy of
 * A's apps on its own (only the deployment it is asked for in the ordering case).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { restLogin } from "../support/admin-http";
import { api, readEvents, viaGateway } from "../support/api";
import { eventually, signup } from "../support/apps";
import { GATED_APP, type GateServer, startGate } from "../support/gate-server";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { startPostgres, type TempPostgres } from "../support/postgres";

interface Event {
  ts: string;
  phase: string;
  message: string;
}

let pg: TempPostgres;
let a: KilnProcess;
let b: KilnProcess;
let gate: GateServer;
let gate2: GateServer;

beforeAll(async () => {
  pg = startPostgres(55000 + (process.pid % 1000));
  pg.createDb("kiln");
  // One database, one secret key, two data directories: as two pods of one Deployment, started together.
  const env = { DATABASE_URL: pg.url("kiln"), KILN_SECRET_KEY: "two-replicas-test-key" };
  [a, b] = await Promise.all([startKiln({ env }), startKiln({ env })]);
  [gate, gate2] = await Promise.all([startGate(), startGate()]);
});

afterAll(async () => {
  gate?.open();
  gate2?.open();
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([gate?.close(), gate2?.close()]);
  pg?.stop();
});

/** Reads a deployment's event stream to its end, noting when each event arrived. */
function follow(base: string, token: string, appId: string, deploymentId: string) {
  const got: { event: Event; at: number }[] = [];
  const done = readEvents<Event>(`${base}/api/v1/apps/${appId}/deployments/${deploymentId}/events`, token, (event) => {
    got.push({ event, at: Date.now() });
    return false; // read until the server ends the stream
  });
  return { got, done };
}

it("mirrors Kiln's own templates from both replicas at once: the gallery answers on both", async () => {
  const viewer = await signup(a.url, "twinviewer");
  const [onA, onB] = await Promise.all([api(a.url, viewer.token).get("/templates"), api(b.url, viewer.token).get("/templates")]);
  expect([onA.status, onB.status]).toEqual([200, 200]);
  const ids = (body: { templates: { id: string }[] }) => body.templates.map((t) => t.id);
  expect(ids(onB.body)).toEqual(ids(onA.body));
  expect(ids(onA.body).length).toBeGreaterThan(0);
});

it("streams a deployment running on replica A from replica B, live, to its terminal event", async () => {
  const owner = await signup(a.url, "twin");
  const app = await api(a.url, owner.token).post("/apps", {
    name: "twin app",
    files: { "app.py": GATED_APP },
    env: [{ name: "GATE_URL", value: gate.url, secret: false }],
  });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  const dep = await api(a.url, owner.token).post(`/apps/${app.body.id}/deploy`);
  expect(dep.status, JSON.stringify(dep.body)).toBe(202);
  const { deploymentId } = dep.body as { deploymentId: string };

  const onB = follow(b.url, owner.token, app.body.id, deploymentId);
  const onA = follow(a.url, owner.token, app.body.id, deploymentId);
  // The app's import is waiting at the gate: the rollout on A is in progress, and B's stream is open.
  await gate.reached;
  await eventually("B to relay the rollout's start", async () => (onB.got.some((g) => g.event.phase === "starting") ? true : undefined));
  expect(onB.got.map((g) => g.event.phase)).not.toContain("ready");

  const opened = Date.now();
  gate.open();
  const [fromB, fromA] = await Promise.all([onB.done, onA.done]);

  // Every stored event exactly once, in order, ending at the terminal one; the same on both replicas.
  const stored = await api(b.url, owner.token).get(`/apps/${app.body.id}/deployments/${deploymentId}`);
  expect(stored.body.status).toBe("ready");
  const key = (e: Event) => `${e.ts} ${e.phase} ${e.message}`;
  expect(fromB.map(key)).toEqual((stored.body.events as Event[]).map(key));
  expect(fromA.map(key)).toEqual(fromB.map(key));
  expect(fromB[0]?.phase).toBe("validating");
  expect(fromB.at(-1)?.phase).toBe("ready");
  // "ready" was recorded on A after the gate opened, long after B's stream began: B read it live.
  const ready = onB.got.at(-1);
  expect(ready?.at).toBeGreaterThanOrEqual(opened);

  const served = await viaGateway(a.port, app.body.slug, "/");
  expect(await served.json()).toEqual({ message: "through the gate" });
});

it("rolls out one app's deployments in the order they were asked for, across replicas", async () => {
  const owner = await signup(a.url, "twinorder");
  const app = await api(a.url, owner.token).post("/apps", {
    name: "twin order",
    files: { "app.py": GATED_APP },
    env: [{ name: "GATE_URL", value: gate2.url, secret: false }],
  });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  const first = await api(a.url, owner.token).post(`/apps/${app.body.id}/deploy`);
  expect(first.status).toBe(202);
  await gate2.reached; // the first rollout, on A, is held at the gate
  const second = await api(b.url, owner.token).post(`/apps/${app.body.id}/deploy`);
  expect(second.status).toBe(202);
  const deployment = async (id: string) => (await api(b.url, owner.token).get(`/apps/${app.body.id}/deployments/${id}`)).body;
  // While the first is unfinished, B's rollout waits (else it would start the app and meet the gate too).
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 400));
    expect((await deployment(second.body.deploymentId)).events.map((e: Event) => e.phase)).toEqual(["validating"]);
  }
  gate2.open();
  const events = await readEvents<Event>(
    `${b.url}/api/v1/apps/${app.body.id}/deployments/${second.body.deploymentId}/events`,
    owner.token,
    () => false,
  );
  expect(events.at(-1)?.phase).toBe("ready");
  const done = await deployment(first.body.deploymentId);
  expect(done.status).toBe("ready");
  expect(new Date(events[1]?.ts ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(done.finishedAt).getTime());
});

it("honours on B the token minted on A, and signs in on B", async () => {
  const admin = await signup(a.url, "twinadmin2"); // not the first user: any token will do
  const me = await api(b.url, admin.token).get("/me");
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ id: admin.id, username: "twinadmin2" });

  const login = await restLogin(b.url, "twinadmin2", "twinadmin2-password-1");
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  expect((await api(a.url, login.body.token).get("/me")).body).toMatchObject({ id: admin.id });
  // And the apps list agrees on both: one database.
  const onA = await api(a.url, admin.token).get("/apps");
  const onB = await api(b.url, admin.token).get("/apps");
  expect(onB.body).toEqual(onA.body);
});

it("refuses a replica whose secret key differs, even when both first start together on an empty database", async () => {
  const fresh = startPostgres(56000 + (process.pid % 1000));
  const started: KilnProcess[] = [];
  try {
    fresh.createDb("kiln");
    // No KILN_SECRET_KEY: each generates its own key into its own data directory.
    const env = { DATABASE_URL: fresh.url("kiln") };
    const results = await Promise.allSettled([startKiln({ env }), startKiln({ env })]);
    for (const r of results) if (r.status === "fulfilled") started.push(r.value);
    expect(started).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(String(refused?.status === "rejected" && refused.reason)).toContain("is not the one Kiln's stored secrets were encrypted with");
  } finally {
    await Promise.all(started.map((k) => k.stop()));
    fresh.stop();
  }
});
