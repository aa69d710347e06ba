/**
 * The explorer's read-only MongoDB user, in process against the shared Mongo-wire server (which
 * enforces roles: it runs with --auth): `kiln_explorer` in admin with readAnyDatabase and a
 * listDatabases-only role, its password random and stored encrypted; every write through the
 * explorer's client is refused by the server (13 Unauthorized).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MongoClient, MongoServerError } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-explorer-ro-"));
// Before server/env is first read (the imports below are dynamic for that reason).
process.env.KILN_DATA_DIR = dataDir;
process.env.MONGODB_URL = inject("mongoUrl");
delete process.env.DATABASE_URL;
delete process.env.KILN_SECRET_KEY;

let explorer: typeof import("@/server/explorer/client");
let account: typeof import("@/server/services/explorer-account");
let prisma: typeof import("@/server/db");
let mongo: MongoClient;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, KILN_DATA_DIR: dataDir },
    stdio: "pipe",
  });
  explorer = await import("@/server/explorer/client");
  account = await import("@/server/services/explorer-account");
  prisma = await import("@/server/db");
  mongo = new MongoClient(inject("mongoUrl"));
  await mongo.db("kiln_u_rotarget").collection("things").insertOne({ a: 1 });
});

afterAll(async () => {
  await explorer?.closeExplorerMongo();
  await (await import("@/server/mongo/client")).closeMongo();
  await prisma?.closeDb();
  await mongo?.db("kiln_u_rotarget").dropDatabase();
  await mongo?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The raw error of `op` run on the explorer's own client (withExplorer would map it). */
async function rawError(op: (c: MongoClient) => Promise<unknown>): Promise<unknown> {
  return explorer.withExplorer("test", async (client) => {
    try {
      await op(client);
      return null;
    } catch (e) {
      return e;
    }
  });
}

describe("the kiln_explorer user", () => {
  it("is created once with readAnyDatabase and a listDatabases-only role, SCRAM-SHA-256", async () => {
    const creds = await account.explorerCredentials();
    expect(creds?.username).toBe("kiln_explorer");
    const info = await mongo.db("admin").command({ usersInfo: "kiln_explorer" });
    expect(info.users).toHaveLength(1);
    expect(info.users[0]).toMatchObject({
      user: "kiln_explorer",
      db: "admin",
      roles: expect.arrayContaining([
        { role: "readAnyDatabase", db: "admin" },
        { role: "kiln_list_databases", db: "admin" },
      ]),
      mechanisms: ["SCRAM-SHA-256"],
    });
    expect(info.users[0].roles).toHaveLength(2);
    const role = await mongo.db("admin").command({ rolesInfo: "kiln_list_databases", showPrivileges: true });
    expect(role.roles[0].privileges).toEqual([{ resource: { cluster: true }, actions: ["listDatabases"] }]);
  });

  it("keeps its password encrypted in a Setting row, the same across calls", async () => {
    const first = await account.explorerCredentials();
    const again = await account.explorerCredentials();
    expect(again?.password).toBe(first?.password);
    expect(first?.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.db().setting.findUnique({ where: { key: account.EXPLORER_ACCOUNT_SETTING }, select: { value: true } });
    const stored = JSON.stringify(row?.value);
    expect(stored).toMatch(/"passwordEnc":"v1:/);
    expect(stored).not.toContain(first?.password);
    expect(fs.readFileSync(path.join(dataDir, "kiln.db")).includes(first?.password ?? "-")).toBe(false);
  });

  it("reads: listDatabases, listCollections, dbStats, collStats, count, find", async () => {
    const got = await explorer.withExplorer("test", async (c) => ({
      dbs: (await c.db("admin").command({ listDatabases: 1, nameOnly: true })).databases.map((d: { name: string }) => d.name),
      colls: (await c.db("kiln_u_rotarget").listCollections().toArray()).map((x) => x.name),
      stats: (await c.db("kiln_u_rotarget").command({ dbStats: 1 })).ok,
      collStats: (await c.db("kiln_u_rotarget").command({ collStats: "things" })).ok,
      count: await c.db("kiln_u_rotarget").collection("things").countDocuments(),
      docs: await c
        .db("kiln_u_rotarget")
        .collection("things")
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    }));
    expect(got).toEqual({
      dbs: expect.arrayContaining(["kiln_u_rotarget"]),
      colls: ["things"],
      stats: 1,
      collStats: 1,
      count: 1,
      docs: [{ a: 1 }],
    });
  });

  it.each([
    ["insertOne", (c: MongoClient) => c.db("kiln_u_rotarget").collection("things").insertOne({ b: 1 })],
    [
      "updateMany",
      (c: MongoClient) =>
        c
          .db("kiln_u_rotarget")
          .collection("things")
          .updateMany({}, { $set: { b: 1 } }),
    ],
    ["deleteMany", (c: MongoClient) => c.db("kiln_u_rotarget").collection("things").deleteMany({})],
    [
      "findOneAndUpdate",
      (c: MongoClient) =>
        c
          .db("kiln_u_rotarget")
          .collection("things")
          .findOneAndUpdate({}, { $set: { b: 1 } }),
    ],
    ["createIndex", (c: MongoClient) => c.db("kiln_u_rotarget").collection("things").createIndex({ a: 1 })],
    ["drop", (c: MongoClient) => c.db("kiln_u_rotarget").collection("things").drop()],
    ["dropDatabase", (c: MongoClient) => c.db("kiln_u_rotarget").dropDatabase()],
    ["createUser", (c: MongoClient) => c.db("admin").command({ createUser: "evil", pwd: "x", roles: ["root"] })],
  ])("refuses %s through the explorer's client (13 Unauthorized)", async (_name, op) => {
    const e = await rawError(op);
    expect(e).toBeInstanceOf(MongoServerError);
    expect(Number((e as MongoServerError).code)).toBe(13);
    expect(
      await mongo
        .db("kiln_u_rotarget")
        .collection("things")
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([{ a: 1 }]);
  });

  it("sets its stored password again whenever it connects, so a reset elsewhere heals", async () => {
    await mongo.db("admin").command({ updateUser: "kiln_explorer", pwd: "changed-elsewhere-123" });
    await explorer.closeExplorerMongo();
    const count = await explorer.withExplorer("test", (c) => c.db("kiln_u_rotarget").collection("things").countDocuments());
    expect(count).toBe(1);
  });

  it("sets its password again and retries when it was reset while connected", async () => {
    await explorer.withExplorer("test", (c) => c.db("kiln_u_rotarget").collection("things").countDocuments());
    await mongo.db("admin").command({ updateUser: "kiln_explorer", pwd: "changed-elsewhere-456" });
    // More reads at once than the pool has connections: the new ones must authenticate again.
    const counts = await Promise.all(
      Array.from({ length: 30 }, () => explorer.withExplorer("test", (c) => c.db("kiln_u_rotarget").collection("things").countDocuments())),
    );
    expect(counts).toEqual(Array(30).fill(1));
  });
});
