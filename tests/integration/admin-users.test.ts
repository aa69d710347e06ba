/**
 * User management against a real Kiln with MongoDB (issue #5): the admin's user list, roles with
 * the last active admin protected, disabling (every credential dead at once, apps stopped), and
 * deleting with cascade: process, platform rows, MongoDB user and request logs gone, the
 * database kept or dropped as asked.
 */
import fs from "node:fs";
import path from "node:path";
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rowCounts } from "../support/admin-db";
import { auditEvents, cookieLogin, meWithCookie, restLogin } from "../support/admin-http";
import { appProcess, probePort, processGone } from "../support/admin-process";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, type DeployedApp, deployAndWait, eventually, signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { MONGO_PROBE_APP } from "../support/mongo-probe-app";

interface UserRow {
  id: string;
  username: string;
  role: "admin" | "user";
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  appCount: number;
  databaseSizeBytes: number | null;
}

type Account = { token: string; id: string };

let root: MongoClient;
let kiln: KilnProcess;
let admin: Account; // "umadmin", the first user
let gus: Account; // a user who becomes admin and back
let dora: Account; // disabled and enabled again
let ed: Account; // deleted, database kept
let fay: Account; // deleted, database dropped
let doraApp: DeployedApp;
let edApp: DeployedApp;
let fayApp: DeployedApp;

const asAdmin = () => api(kiln.url, admin.token);
const password = (username: string) => `${username}-password-1`; // what signup() gives
const userDb = (id: string) => root.db(`kiln_u_${id}`);
const mongoUsers = async (id: string) => (await userDb(id).command({ usersInfo: `kiln_u_${id}` })).users as unknown[];
const databases = async () =>
  ((await root.db("admin").command({ listDatabases: 1, nameOnly: true })).databases as { name: string }[]).map((d) => d.name);
const collections = async (id: string) => (await userDb(id).listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);

async function users(): Promise<UserRow[]> {
  const res = await asAdmin().get<{ users: UserRow[]; databaseSizesUnavailable: string | null }>("/admin/users");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.databaseSizesUnavailable).toBeNull();
  return res.body.users;
}
const row = async (id: string) => (await users()).find((u) => u.id === id);

/** A note written through the app into the owner's database; returns once the runner has logged a request there. */
async function writeNote(app: DeployedApp, ownerId: string, text: string) {
  const res = await viaGateway(kiln.port, app.slug, `/notes/${text}`, { method: "POST" });
  expect(res.status).toBe(200);
  await eventually("the request log to land", async () =>
    (await userDb(ownerId).collection("_platform_request_logs").countDocuments()) > 0 ? true : undefined,
  );
}

/** Every platform row that belongs to this user or their app. */
const leftovers = (userId: string, appId: string) =>
  rowCounts(kiln.dataDir, {
    user: ["User", "id", userId],
    sessions: ["Session", "userId", userId],
    apps: ["App", "ownerId", userId],
    app: ["App", "id", appId],
    versions: ["Version", "appId", appId],
    deployments: ["Deployment", "appId", appId],
    env: ["EnvVar", "appId", appId],
    mongoAccount: ["MongoAccount", "userId", userId],
  });

beforeAll(async () => {
  root = new MongoClient(inject("mongoUrl"));
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  admin = await signup(kiln.url, "umadmin");
  gus = await signup(kiln.url, "umgus");
  dora = await signup(kiln.url, "umdora");
  ed = await signup(kiln.url, "umed");
  fay = await signup(kiln.url, "umfay");
  doraApp = await createAndDeploy(kiln.url, dora.token, "dora notes", { "app.py": MONGO_PROBE_APP });
  const created = await api(kiln.url, ed.token).post("/apps", {
    name: "ed notes",
    files: { "app.py": MONGO_PROBE_APP },
    env: [
      { name: "GREETING", value: "hi" },
      { name: "API_KEY", value: "ed-secret-value", secret: true },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  edApp = { id: created.body.id, slug: created.body.slug };
  expect(await deployAndWait(kiln.url, ed.token, edApp.id)).toBe("ready");
  fayApp = await createAndDeploy(kiln.url, fay.token, "fay notes", { "app.py": MONGO_PROBE_APP });
  await writeNote(edApp, ed.id, "keep-me");
  await writeNote(fayApp, fay.id, "drop-me");
});

afterAll(async () => {
  await kiln?.stop();
  await root?.close();
});

describe("GET /admin/users", () => {
  it("lists every user with role, app count, last login, database size and disabled", async () => {
    const list = await users();
    expect(list.map((u) => u.username)).toEqual(["umadmin", "umdora", "umed", "umfay", "umgus"]);
    expect(await row(admin.id)).toMatchObject({ role: "admin", disabled: false, appCount: 0 });
    const edRow = await row(ed.id);
    expect(edRow).toMatchObject({ username: "umed", role: "user", disabled: false, appCount: 1, lastLoginAt: expect.any(String) });
    expect(edRow?.databaseSizeBytes).toEqual(expect.any(Number));
    expect(edRow?.databaseSizeBytes).toBeGreaterThan(0);
    // No database yet: no size.
    expect(await row(gus.id)).toMatchObject({ appCount: 0, databaseSizeBytes: null });

    // A user an admin created has never signed in, until they do.
    const hal = await asAdmin().post("/admin/users", { username: "umhal", password: password("umhal") });
    expect(hal.status).toBe(201);
    expect(await row(hal.body.id)).toMatchObject({ username: "umhal", role: "user", lastLoginAt: null, appCount: 0 });
    const started = Date.now();
    expect((await restLogin(kiln.url, "umhal", password("umhal"))).status).toBe(200);
    const lastLogin = new Date((await row(hal.body.id))?.lastLoginAt ?? 0).getTime();
    expect(lastLogin).toBeGreaterThanOrEqual(started - 1000);
    expect(lastLogin).toBeLessThanOrEqual(Date.now() + 1000);

    expect((await api(kiln.url, gus.token).get("/admin/users")).status).toBe(403);
    expect((await api(kiln.url).get("/admin/users")).status).toBe(401);
  });
});

describe("roles", () => {
  it("never demotes or disables the last active admin, and works once there are two", async () => {
    const lastDemote = await asAdmin().patch(`/admin/users/${admin.id}`, { role: "user" });
    expect(lastDemote.status).toBe(409);
    expect(lastDemote.body.error.message).toMatch(/last active admin/);
    const lastDisable = await asAdmin().patch(`/admin/users/${admin.id}`, { disabled: true });
    expect(lastDisable.status).toBe(409);
    expect(lastDisable.body.error.message).toMatch(/last active admin/);
    const lastDelete = await asAdmin().del(`/admin/users/${admin.id}?confirm=umadmin`);
    expect(lastDelete.status).toBe(409);
    expect(await row(admin.id)).toMatchObject({ role: "admin", disabled: false });
    expect((await asAdmin().get("/admin/users")).status).toBe(200);

    // Promotion takes effect on gus's existing token.
    const promoted = await asAdmin().patch(`/admin/users/${gus.id}`, { role: "admin" });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: gus.id, role: "admin" });
    expect((await api(kiln.url, gus.token).get("/admin/users")).status).toBe(200);

    // A disabled admin is not an active one.
    expect((await asAdmin().patch(`/admin/users/${gus.id}`, { disabled: true })).status).toBe(200);
    expect((await asAdmin().patch(`/admin/users/${admin.id}`, { role: "user" })).status).toBe(409);
    expect((await asAdmin().patch(`/admin/users/${gus.id}`, { disabled: false })).status).toBe(200);
    gus.token = (await restLogin(kiln.url, "umgus", password("umgus"))).body.token;

    // Two active admins: one may demote the other, who loses access at once.
    const demoted = await api(kiln.url, gus.token).patch(`/admin/users/${admin.id}`, { role: "user" });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe("user");
    expect((await asAdmin().get("/admin/users")).status).toBe(403);
    expect((await api(kiln.url, gus.token).patch(`/admin/users/${gus.id}`, { role: "user" })).status).toBe(409);
    expect((await api(kiln.url, gus.token).patch(`/admin/users/${admin.id}`, { role: "admin" })).status).toBe(200);
    expect((await asAdmin().patch(`/admin/users/${gus.id}`, { role: "user" })).status).toBe(200);
    expect(await row(gus.id)).toMatchObject({ role: "user", disabled: false });

    const changes = await auditEvents(kiln.url, admin.token, { action: "admin.user_role_changed" });
    expect(changes.map((e) => [e.actorName, e.targetName, e.detail])).toEqual([
      ["umadmin", "umgus", { from: "admin", to: "user" }],
      ["umgus", "umadmin", { from: "user", to: "admin" }],
      ["umgus", "umadmin", { from: "admin", to: "user" }],
      ["umadmin", "umgus", { from: "user", to: "admin" }],
    ]);
  });
});

describe("disabling a user", () => {
  it("kills every session and token at once, stops their apps, refuses login until enabled", async () => {
    const dora2 = (await restLogin(kiln.url, "umdora", password("umdora"))).body.token as string;
    const cookie = await cookieLogin(kiln.url, "umdora", password("umdora"));
    expect((await api(kiln.url, dora.token).get("/me")).status).toBe(200);
    expect(await meWithCookie(kiln.url, cookie)).toBe(200);
    expect((await viaGateway(kiln.port, doraApp.slug, "/whoami")).status).toBe(200);
    const { pid } = appProcess(kiln.dataDir, doraApp.id);
    expect(processGone(pid)).toBe(false);

    const disabled = await asAdmin().patch(`/admin/users/${dora.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: dora.id, disabled: true });

    // The very next request with any of their credentials is refused.
    expect((await api(kiln.url, dora.token).get("/me")).status).toBe(401);
    expect((await api(kiln.url, dora2).get(`/apps/${doraApp.id}`)).status).toBe(401);
    expect(await meWithCookie(kiln.url, cookie)).toBe(401);
    expect(await rowCounts(kiln.dataDir, { sessions: ["Session", "userId", dora.id] })).toEqual({ sessions: 0 });

    const login = await restLogin(kiln.url, "umdora", password("umdora"));
    expect(login.status).toBe(403);
    expect(login.body.error.message).toMatch(/disabled/);
    expect(login.body.token).toBeUndefined();

    // Their app is stopped: status, process and gateway agree.
    expect((await asAdmin().get(`/apps/${doraApp.id}`)).body.status).toBe("stopped");
    expect(processGone(pid)).toBe(true);
    const gw = await viaGateway(kiln.port, doraApp.slug, "/whoami");
    expect(gw.status).toBe(503);
    expect(await row(dora.id)).toMatchObject({ disabled: true });

    const [event] = await auditEvents(kiln.url, admin.token, { action: "admin.user_disabled", target: "umdora" });
    expect(event).toMatchObject({ actorName: "umadmin", targetId: dora.id, detail: { stoppedApps: 1 } });

    expect((await asAdmin().patch(`/admin/users/${dora.id}`, { disabled: false })).status).toBe(200);
    const back = await restLogin(kiln.url, "umdora", password("umdora"));
    expect(back.status).toBe(200);
    expect((await api(kiln.url, back.body.token).get("/me")).body).toMatchObject({ id: dora.id, username: "umdora" });
    expect((await auditEvents(kiln.url, admin.token, { action: "admin.user_enabled", target: "umdora" })).length).toBe(1);
  });
});

describe("deleting a user", () => {
  it("refuses a wrong confirmation and deletes nothing", async () => {
    const before = await leftovers(ed.id, edApp.id);
    const wrong = await asAdmin().del(`/admin/users/${ed.id}?confirm=umfay&dropDatabase=false`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/^confirm: /);
    const missing = await asAdmin().del(`/admin/users/${ed.id}`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/confirm/);

    expect(await leftovers(ed.id, edApp.id)).toEqual(before);
    expect(before).toMatchObject({ user: 1, apps: 1, versions: 1, deployments: 1, env: 2, mongoAccount: 1 });
    expect(before.sessions).toBeGreaterThan(0);
    expect((await api(kiln.url, ed.token).get("/me")).status).toBe(200);
    expect((await viaGateway(kiln.port, edApp.slug, "/whoami")).status).toBe(200);
  });

  it("removes the process, every row and the MongoDB user, keeping the database unless asked", async () => {
    const { pid, port } = appProcess(kiln.dataDir, edApp.id);
    expect(processGone(pid)).toBe(false);
    expect(await probePort(port)).toBe("open");
    expect(await mongoUsers(ed.id)).toHaveLength(1);
    expect(await collections(ed.id)).toEqual(expect.arrayContaining(["notes", "_platform_request_logs"]));

    const res = await asAdmin().del(`/admin/users/${ed.id}?confirm=umed&dropDatabase=false`);
    expect(res.status, JSON.stringify(res.body)).toBe(204);

    expect(processGone(pid)).toBe(true);
    expect(await probePort(port)).toBe("refused");
    expect((await viaGateway(kiln.port, edApp.slug, "/whoami")).status).toBe(404);
    expect(fs.existsSync(path.join(kiln.dataDir, "apps", edApp.id))).toBe(false);
    expect(await leftovers(ed.id, edApp.id)).toEqual({
      user: 0,
      sessions: 0,
      apps: 0,
      app: 0,
      versions: 0,
      deployments: 0,
      env: 0,
      mongoAccount: 0,
    });
    expect((await api(kiln.url, ed.token).get("/me")).status).toBe(401);
    expect(await row(ed.id)).toBeUndefined();

    expect(await mongoUsers(ed.id)).toEqual([]);
    expect(await databases()).toContain(`kiln_u_${ed.id}`);
    expect(
      await userDb(ed.id)
        .collection("notes")
        .findOne({}, { projection: { _id: 0 } }),
    ).toEqual({ text: "keep-me" });
    expect(await collections(ed.id)).not.toContain("_platform_request_logs");

    const [event] = await auditEvents(kiln.url, admin.token, { action: "admin.user_deleted", target: "umed" });
    expect(event).toMatchObject({
      actorName: "umadmin",
      targetType: "user",
      targetId: ed.id,
      ip: expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/),
      detail: { apps: 1, droppedMongoUser: true, droppedDatabase: false },
    });
  });

  it("drops the database too when dropDatabase=true", async () => {
    const { pid } = appProcess(kiln.dataDir, fayApp.id);
    expect(processGone(pid)).toBe(false);
    expect(await databases()).toContain(`kiln_u_${fay.id}`);
    const res = await asAdmin().del(`/admin/users/${fay.id}?confirm=umfay&dropDatabase=true`);
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    expect(processGone(pid)).toBe(true);
    expect(await databases()).not.toContain(`kiln_u_${fay.id}`);
    expect(await mongoUsers(fay.id)).toEqual([]);
    expect(await leftovers(fay.id, fayApp.id)).toMatchObject({ user: 0, apps: 0, versions: 0, deployments: 0, mongoAccount: 0 });
    const [event] = await auditEvents(kiln.url, admin.token, { action: "admin.user_deleted", target: "umfay" });
    expect(event?.detail).toEqual({ apps: 1, droppedMongoUser: true, droppedDatabase: true });
    // The other users and their apps are untouched.
    expect((await users()).map((u) => u.username)).toEqual(["umadmin", "umdora", "umgus", "umhal"]);
  });
});
