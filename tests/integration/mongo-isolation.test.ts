/**
 * Each user's own database and MongoDB user: the app gets PLATFORM_MONGO_URI for its owner's
 * database, can write there, cannot read another user's database (the server enforces it), and
 * the generated password never shows up in anything Kiln says.
 */
import fs from "node:fs";
import path from "node:path";
import { MongoClient } from "mongodb";
import { ConnectionString } from "mongodb-connection-string-url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, type DeployedApp, signup, trpcQuery } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { MONGO_PROBE_APP } from "../support/mongo-probe-app";

let mongoUrl: string;
let root: MongoClient;
let kiln: KilnProcess;
let bob: { token: string; id: string };
let carol: { token: string; id: string };
let bobApp: DeployedApp;
let carolApp: DeployedApp;
const seen: string[] = []; // every body Kiln answered, to search for secrets

async function get(token: string, p: string) {
  const res = await api(kiln.url, token).get(p);
  seen.push(JSON.stringify(res.body));
  return res;
}

async function whoami(app: DeployedApp): Promise<{ database: string; uri: string }> {
  const res = await viaGateway(kiln.port, app.slug, "/whoami");
  expect(res.status).toBe(200);
  return (await res.json()) as { database: string; uri: string };
}

beforeAll(async () => {
  mongoUrl = inject("mongoUrl");
  root = new MongoClient(mongoUrl);
  kiln = await startKiln({ env: { MONGODB_URL: mongoUrl } });
  await signup(kiln.url, "isoadmin");
  bob = await signup(kiln.url, "isobob");
  carol = await signup(kiln.url, "isocarol");
  bobApp = await createAndDeploy(kiln.url, bob.token, "bob notes", { "app.py": MONGO_PROBE_APP });
  carolApp = await createAndDeploy(kiln.url, carol.token, "carol notes", { "app.py": MONGO_PROBE_APP });
});

afterAll(async () => {
  await kiln?.stop();
  await root?.close();
});

describe("PLATFORM_MONGO_URI", () => {
  it("names the owner's database and user, and keeps the platform URL's hosts and options", async () => {
    const { database, uri } = await whoami(bobApp);
    expect(database).toBe(`kiln_u_${bob.id}`);
    const cs = new ConnectionString(uri);
    const base = new ConnectionString(mongoUrl);
    expect(cs.hosts).toEqual(base.hosts);
    expect(decodeURIComponent(cs.username)).toBe(`kiln_u_${bob.id}`);
    expect(cs.pathname).toBe(`/kiln_u_${bob.id}`);
    expect(cs.searchParams.get("authSource")).toBe(`kiln_u_${bob.id}`);
    expect(cs.searchParams.get("directConnection")).toBe("true");
    expect(decodeURIComponent(cs.password)).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(decodeURIComponent(cs.password)).not.toBe(decodeURIComponent(base.password));
  });

  it("lets the app write to its own database", async () => {
    const res = await viaGateway(kiln.port, bobApp.slug, "/notes/hello", { method: "POST" });
    expect(await res.json()).toEqual({ count: 1 });
    expect(
      await root
        .db(`kiln_u_${bob.id}`)
        .collection("notes")
        .findOne({}, { projection: { _id: 0 } }),
    ).toEqual({ text: "hello" });
  });

  it("refuses another user's database (the server enforces the user's role)", async () => {
    const peek = await viaGateway(kiln.port, carolApp.slug, `/peek/kiln_u_${bob.id}`);
    expect(await peek.json()).toEqual({ ok: false, code: 13 }); // Unauthorized
    const own = await viaGateway(kiln.port, carolApp.slug, `/peek/kiln_u_${carol.id}`);
    expect(await own.json()).toEqual({ ok: true, doc: null });
  });

  it("is backed by a SCRAM-SHA-256 user with readWrite on that database only", async () => {
    const info = await root.db(`kiln_u_${bob.id}`).command({ usersInfo: `kiln_u_${bob.id}` });
    expect(info.users).toHaveLength(1);
    expect(info.users[0]).toMatchObject({
      user: `kiln_u_${bob.id}`,
      db: `kiln_u_${bob.id}`,
      roles: [{ role: "readWrite", db: `kiln_u_${bob.id}` }],
      mechanisms: ["SCRAM-SHA-256"],
    });
  });

  it("indexes the request logs and keeps them 7 days (TTL)", async () => {
    const indexes = await root.db(`kiln_u_${bob.id}`).collection("_platform_request_logs").indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: { app_id: 1, ts: -1 } }),
        expect.objectContaining({ key: { ts: 1 }, expireAfterSeconds: 604800 }),
      ]),
    );
  });

  it("shows the user's own collections in the dashboard", async () => {
    const res = await get(bob.token, `/apps/${bobApp.id}/collections`);
    expect(res.body.collections).toContainEqual({ name: "notes", count: 1 });
  });
});

describe("the generated password", () => {
  it("appears in no API answer, deploy event, app log or Kiln output line, and is encrypted at rest", async () => {
    const secrets = [await whoami(bobApp), await whoami(carolApp)].map((w) => decodeURIComponent(new ConnectionString(w.uri).password));
    for (const [token, app] of [
      [bob.token, bobApp],
      [carol.token, carolApp],
    ] as const) {
      const got = await get(token, `/apps/${app.id}`);
      await get(token, `/apps/${app.id}/deployments/${got.body.lastDeployment.id}`);
      for (const p of [
        "/apps",
        `/apps/${app.id}/logs?tail=2000`,
        `/apps/${app.id}/requests?limit=200`,
        `/apps/${app.id}/metrics?window=1h`,
      ]) {
        expect((await get(token, p)).status, p).toBe(200);
      }
      seen.push(JSON.stringify((await trpcQuery(kiln.url, token, "system.status")).data));
      seen.push(JSON.stringify((await trpcQuery(kiln.url, token, "apps.listStats")).data));
    }
    seen.push(await (await fetch(`${kiln.url}/api/health`)).text());
    const everything = [...seen, ...kiln.output].join("\n");
    const stored = ["kiln.db", "kiln.db-wal"].map((f) => path.join(kiln.dataDir, f)).filter((f) => fs.existsSync(f));
    expect(stored.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      for (const f of stored) expect(fs.readFileSync(f).includes(secret), f).toBe(false);
    }
    expect(everything).not.toMatch(/kiln_u_[a-z0-9]+:[^@\s]+@/); // no URI with credentials at all
  });

  it("stays the same across a Kiln restart, and the app keeps its data", async () => {
    const before = (await whoami(bobApp)).uri;
    const { dataDir, port } = kiln;
    await kiln.stop();
    kiln = await startKiln({ dataDir, port, env: { MONGODB_URL: mongoUrl } });
    expect((await whoami(bobApp)).uri).toBe(before);
    const res = await viaGateway(kiln.port, bobApp.slug, "/notes/again", { method: "POST" });
    expect(await res.json()).toEqual({ count: 2 });
  });
});
