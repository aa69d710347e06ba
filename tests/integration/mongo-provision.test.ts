/**
 * The provisioning service in process, against the shared Mongo-wire server: a user's database,
 * MongoDB user and indexes; dropUserMongo (for admin user deletion); Kiln's own pruning where
 * the server refuses the TTL index.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type * as UserMongo from "@/server/services/user-mongo";
import { eventually } from "../support/apps";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-provision-"));
// Before server/env is first read (the imports below are dynamic for that reason).
process.env.KILN_DATA_DIR = dataDir;
process.env.MONGODB_URL = inject("mongoUrl");
delete process.env.DATABASE_URL;

let svc: typeof UserMongo;
let prisma: typeof import("@/server/db");
let pruning: typeof import("@/server/mongo/pruning");
let mongo: MongoClient;

async function newUser(username: string): Promise<string> {
  const u = await prisma.db().user.create({ data: { username, passwordHash: "x" }, select: { id: true } });
  return u.id;
}

const databases = async () =>
  ((await mongo.db("admin").command({ listDatabases: 1, nameOnly: true })).databases as { name: string }[]).map((d) => d.name);
const usersOf = async (id: string) => (await mongo.db(`kiln_u_${id}`).command({ usersInfo: `kiln_u_${id}` })).users as unknown[];
const account = (userId: string) =>
  prisma.db().mongoAccount.findUnique({ where: { userId }, select: { username: true, passwordEnc: true } });

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, KILN_DATA_DIR: dataDir },
    stdio: "pipe",
  });
  svc = await import("@/server/services/user-mongo");
  prisma = await import("@/server/db");
  pruning = await import("@/server/mongo/pruning");
  mongo = new MongoClient(inject("mongoUrl"));
});

afterAll(async () => {
  await (await import("@/server/mongo/client")).closeMongo();
  await prisma?.closeDb();
  await mongo?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("ensureUserDatabase", () => {
  it("creates the user's MongoDB user, indexes and an encrypted account, once", async () => {
    const id = await newUser("prov-a");
    const [first, again] = await Promise.all([svc.ensureUserDatabase(id), svc.ensureUserDatabase(id)]);
    expect(again).toBe(first);
    expect(first).toMatchObject({ database: `kiln_u_${id}`, isolated: true, retention: "ttl" });
    const stored = await account(id);
    expect(stored?.username).toBe(`kiln_u_${id}`);
    const password = decodeURIComponent(new URL(first.uri.replace(/^mongodb/, "http")).password);
    expect(stored?.passwordEnc).toMatch(/^v1:/);
    expect(stored?.passwordEnc).not.toContain(password);
    expect(await usersOf(id)).toHaveLength(1);
    // The URI works as the app would use it: its default database is the user's own.
    const app = new MongoClient(first.uri);
    try {
      await app.db().collection("things").insertOne({ a: 1 });
      expect(app.db().databaseName).toBe(`kiln_u_${id}`);
    } finally {
      await app.close();
    }
  });
});

describe("dropUserMongo", () => {
  it("drops the MongoDB user and forgets the account, keeping the data unless asked", async () => {
    const id = await newUser("prov-b");
    const { uri } = await svc.ensureUserDatabase(id);
    const app = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    await app.db().collection("notes").insertOne({ keep: true });
    await app.close();

    expect(await svc.dropUserMongo(id, { dropDatabase: false })).toEqual({ droppedUser: true, droppedDatabase: false });
    expect(await usersOf(id)).toEqual([]);
    expect(await account(id)).toBeNull();
    expect(await databases()).toContain(`kiln_u_${id}`);
    const stale = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    await expect(stale.db().collection("notes").findOne()).rejects.toMatchObject({ code: 18 }); // AuthenticationFailed
    await stale.close();

    // Provisioned again on next use, with a new password; then dropped with its data.
    const again = await svc.ensureUserDatabase(id);
    expect(again.uri).not.toBe(uri);
    expect(await svc.dropUserMongo(id, { dropDatabase: true })).toEqual({ droppedUser: true, droppedDatabase: true });
    expect(await databases()).not.toContain(`kiln_u_${id}`);
    expect(await usersOf(id)).toEqual([]);
  });

  it("has nothing to drop for a user who never used MongoDB", async () => {
    const id = await newUser("prov-c");
    expect((await svc.dropUserMongo(id, { dropDatabase: false })).droppedUser).toBe(false);
  });
});

describe("request-log retention where the TTL index is refused", () => {
  it("falls back to Kiln's pruning of records older than 7 days, and says so", async () => {
    const id = await newUser("prov-d");
    const logs = mongo.db(`kiln_u_${id}`).collection("_platform_request_logs");
    await logs.createIndex({ ts: 1 }); // a plain index of the same name: the TTL one cannot be created
    const day = 24 * 3600_000;
    await logs.insertMany([
      { ts: new Date(Date.now() - 8 * day), app_id: "x", status: 200 },
      { ts: new Date(Date.now() - 6 * day), app_id: "x", status: 200 },
    ]);
    const warn = vi.spyOn(console, "warn");
    const ready = await svc.ensureUserDatabase(id);
    expect(ready.retention).toBe("pruning");
    expect(warn.mock.calls.flat().join("\n")).toContain(`kiln_u_${id}: MongoDB refused the TTL index on request logs`);
    expect(pruning.prunedDatabases()).toContain(`kiln_u_${id}`);
    await eventually("the expired record to be pruned", async () => ((await logs.countDocuments()) === 1 ? true : undefined), 10_000);
    expect(await logs.countDocuments({ ts: { $lt: new Date(Date.now() - 7 * day) } })).toBe(0);
    await svc.dropUserMongo(id, { dropDatabase: true });
    expect(pruning.prunedDatabases()).not.toContain(`kiln_u_${id}`);
  });
});
