/**
 * Platform settings against a real Kiln (issue #5): the signup switch, the validator's allow-list
 * changing what deploys without a restart, refused input leaving settings as they were, the
 * per-user app limit, the egress allow-list, and every change in the audit log. Only admins may
 * change any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "../support/admin-db";
import { auditEvents, authConfig, restLogin } from "../support/admin-http";
import { api, viaGateway } from "../support/api";
import { deployAndWait, signup, trpcQuery } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

/** A standard-library module that is not on the default allow-list and not refused outright. */
const EXTRA = "colorsys";

const COLORS_APP = `import colorsys

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, list[float]]:
    return {"hsv": list(colorsys.rgb_to_hsv(1.0, 0.0, 0.0))}
`;

let kiln: KilnProcess;
let admin: { token: string; id: string };
let user: { token: string; id: string };

const asAdmin = () => api(kiln.url, admin.token);
const asUser = () => api(kiln.url, user.token);

async function settings() {
  const res = await asAdmin().get("/admin/settings");
  expect(res.status).toBe(200);
  return res.body as {
    signupEnabled: boolean;
    allowedImports: string[];
    defaultSleepSeconds: number | null;
    maxAppsPerUser: number;
    egressAllowList: string[];
  };
}

beforeAll(async () => {
  kiln = await startKiln();
  admin = await signup(kiln.url, "setadmin");
  user = await signup(kiln.url, "setuser");
});

afterAll(async () => {
  await kiln?.stop();
});

describe("signup switch", () => {
  it("refuses signup while off, yet admins still create users who can sign in; only admins flip it", async () => {
    const plain = await asUser().patch("/admin/settings", { signupEnabled: false });
    expect(plain.status).toBe(403);
    expect(plain.body.error.message).toBe("Admins only");
    expect((await settings()).signupEnabled).toBe(true);

    const off = await asAdmin().patch("/admin/settings", { signupEnabled: false });
    expect(off.status).toBe(200);
    expect(off.body.signupEnabled).toBe(false);
    expect(await authConfig(kiln.url)).toEqual({ signupEnabled: false, hasUsers: true });

    const refused = await api(kiln.url).post("/auth/signup", { username: "latecomer", password: "latecomer-password" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Signup is turned off on this Kiln; ask an admin for an account");
    expect(refused.body.token).toBeUndefined();
    expect(await rowCounts(kiln.dataDir, { latecomer: ["User", "username", "latecomer"] })).toEqual({ latecomer: 0 });

    const created = await asAdmin().post("/admin/users", { username: "invited", password: "invited-password" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), username: "invited", role: "user" });
    const login = await restLogin(kiln.url, "invited", "invited-password");
    expect(login.status).toBe(200);
    expect((await api(kiln.url, login.body.token).get("/me")).body).toMatchObject({ id: created.body.id, username: "invited" });

    const on = await asAdmin().patch("/admin/settings", { signupEnabled: true });
    expect(on.body.signupEnabled).toBe(true);
    expect((await authConfig(kiln.url)).signupEnabled).toBe(true);
    const welcome = await api(kiln.url).post("/auth/signup", { username: "latecomer", password: "latecomer-password" });
    expect(welcome.status).toBe(201);
    expect(welcome.body.user).toMatchObject({ username: "latecomer", role: "user" });
  });
});

describe("allowed imports", () => {
  it("changes what validates and deploys at once, both ways, without a restart", async () => {
    expect((await settings()).allowedImports).not.toContain(EXTRA);
    const files = { "app.py": COLORS_APP };
    const created = await asUser().post("/apps", { name: "colors", files });
    expect(created.status).toBe(201);
    const { id, slug } = created.body as { id: string; slug: string };

    const refusal = expect.objectContaining({
      file: "app.py",
      line: 1,
      rule: "import-not-allowed",
      message: `\`${EXTRA}\` is not on the allowed imports list`,
    });
    const before = await asUser().post("/validate", { files });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ ok: false, errors: [refusal] });
    const refusedDeploy = await asUser().post(`/apps/${id}/deploy`);
    expect(refusedDeploy.status).toBe(422);
    expect(refusedDeploy.body.error.details).toEqual([refusal]);

    const current = (await settings()).allowedImports;
    const added = await asAdmin().patch("/admin/settings", { allowedImports: [...current, EXTRA] });
    expect(added.status).toBe(200);
    expect(added.body.allowedImports).toContain(EXTRA);
    // The editor's live validation reads the list from here.
    expect((await trpcQuery(kiln.url, user.token, "validate.config")).data.allowedImports).toContain(EXTRA);
    expect((await asUser().post("/validate", { files })).body).toEqual({ ok: true, errors: [] });
    expect(await deployAndWait(kiln.url, user.token, id)).toBe("ready");
    const served = await viaGateway(kiln.port, slug, "/");
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ hsv: [0, 1, 1] });

    const removed = await asAdmin().patch("/admin/settings", { allowedImports: current });
    expect(removed.body.allowedImports).not.toContain(EXTRA);
    expect((await trpcQuery(kiln.url, user.token, "validate.config")).data.allowedImports).not.toContain(EXTRA);
    expect((await asUser().post("/validate", { files })).body).toEqual({ ok: false, errors: [refusal] });
    const again = await asUser().post(`/apps/${id}/deploy`);
    expect(again.status).toBe(422);
    expect(again.body.error.details).toEqual([refusal]);
    // Refusing a new deploy leaves the running version alone.
    expect((await viaGateway(kiln.port, slug, "/")).status).toBe(200);
  });
});

describe("refused input", () => {
  it("answers 400 naming the field and changes nothing", async () => {
    const before = await settings();
    const changesBefore = (await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed" })).length;

    const badName = await asAdmin().patch("/admin/settings", { allowedImports: ["fastapi", "not a module!"] });
    expect(badName.status).toBe(400);
    expect(badName.body.error.message).toMatch(/^allowedImports\.1: allowed imports are dotted Python module names/);
    expect(badName.body.error.details).toEqual([expect.objectContaining({ field: "allowedImports.1" })]);

    const tooShort = await asAdmin().patch("/admin/settings", { defaultSleepSeconds: 5 });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.message).toBe("defaultSleepSeconds: at least 60 seconds");

    const unknown = await asAdmin().patch("/admin/settings", { maxAppsPerUser: 3, colour: "blue" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("colour");

    const tinyMemory = await asAdmin().patch("/admin/settings", { defaultResources: { memoryMb: 16, cpuMillis: 500 } });
    expect(tinyMemory.status).toBe(400);
    expect(tinyMemory.body.error.message).toBe("defaultResources.memoryMb: at least 64 MB");

    expect(await settings()).toEqual(before);
    expect(await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed" })).toHaveLength(changesBefore);
  });
});

describe("egress allow-list", () => {
  it("saves valid networks canonical and returns them; a bad entry is a 400 naming it, and nothing changes", async () => {
    expect((await settings()).egressAllowList).toEqual([]);
    expect((await asUser().patch("/admin/settings", { egressAllowList: ["10.0.0.0/8"] })).status).toBe(403);

    const saved = await asAdmin().patch("/admin/settings", {
      egressAllowList: ["10.0.0.0/8", "203.0.113.7/32:443", " 2001:DB8::/32:5432 ", "10.0.0.0/8"],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const list = ["10.0.0.0/8", "203.0.113.7/32:443", "2001:db8::/32:5432"];
    expect(saved.body.egressAllowList).toEqual(list);
    expect((await settings()).egressAllowList).toEqual(list);
    const [change] = await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed", limit: "1" });
    expect(change?.detail).toEqual({ egressAllowList: { added: list, removed: [] } });

    const before = await settings();
    const changesBefore = (await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed" })).length;
    const bad = await asAdmin().patch("/admin/settings", { egressAllowList: ["10.0.0.0/8", "10.0.0.300/8"], maxAppsPerUser: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("egressAllowList.1: “10.0.0.300/8”: 10.0.0.300 is not an IPv4 or IPv6 address");
    expect(bad.body.error.details).toEqual([expect.objectContaining({ field: "egressAllowList.1" })]);
    const hostBits = await asAdmin().patch("/admin/settings", { egressAllowList: ["10.1.2.3/8:443"] });
    expect(hostBits.status).toBe(400);
    expect(hostBits.body.error.message).toMatch(/^egressAllowList\.0: “10\.1\.2\.3\/8:443”: bits are set after the \/8 prefix/);
    const tooMany = await asAdmin().patch("/admin/settings", {
      egressAllowList: Array.from({ length: 51 }, (_, i) => `10.${i}.0.0/16`),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe("egressAllowList: at most 50 egress entries");
    expect(await settings()).toEqual(before);
    expect(await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed" })).toHaveLength(changesBefore);

    const emptied = await asAdmin().patch("/admin/settings", { egressAllowList: [] });
    expect(emptied.body.egressAllowList).toEqual([]);
    const [removal] = await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed", limit: "1" });
    expect(removal?.detail).toEqual({ egressAllowList: { added: [], removed: list } });
  });
});

describe("apps per user", () => {
  it("refuses a user's app beyond maxAppsPerUser with 409", async () => {
    const maker = await signup(kiln.url, "appmaker");
    const set = await asAdmin().patch("/admin/settings", { maxAppsPerUser: 2 });
    expect(set.body.maxAppsPerUser).toBe(2);
    try {
      const mine = api(kiln.url, maker.token);
      expect((await mine.post("/apps", { name: "first" })).status).toBe(201);
      expect((await mine.post("/apps", { name: "second" })).status).toBe(201);
      const third = await mine.post("/apps", { name: "third" });
      expect(third.status).toBe(409);
      expect(third.body.error.message).toBe("You have 2 apps, the most this Kiln allows per user; delete one first");
      expect((await mine.get("/apps")).body.apps).toHaveLength(2);
    } finally {
      await asAdmin().patch("/admin/settings", { maxAppsPerUser: 50 });
    }
  });
});

describe("audit", () => {
  it("records each change with who, from where, and what was added to and removed from the allow-list", async () => {
    const current = (await settings()).allowedImports;
    const changed = [...current.filter((m) => m !== "csv"), EXTRA];
    expect((await asAdmin().patch("/admin/settings", { allowedImports: changed, defaultSleepSeconds: null })).status).toBe(200);
    expect((await settings()).defaultSleepSeconds).toBeNull();

    const [latest] = await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed", limit: "1" });
    expect(latest).toMatchObject({
      action: "admin.settings_changed",
      actorId: admin.id,
      actorName: "setadmin",
      targetType: "settings",
      ip: expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/),
      detail: { allowedImports: { added: [EXTRA], removed: ["csv"] }, defaultSleepSeconds: null },
    });

    // The earlier changes are there too, newest first.
    const all = await auditEvents(kiln.url, admin.token, { action: "admin.settings_changed", actor: "setadmin" });
    expect(all[0]?.id).toBe(latest?.id);
    expect(all.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        { signupEnabled: false },
        { signupEnabled: true },
        { maxAppsPerUser: 2 },
        { allowedImports: { added: [EXTRA], removed: [] } },
        { allowedImports: { added: [], removed: [EXTRA] } },
      ]),
    );
    expect((await asUser().get("/admin/audit")).status).toBe(403);
  });
});
