import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { type KilnProcess, startKiln } from "../support/kiln-process";

let kiln: KilnProcess;
let alice: string;
let bob: string;

beforeAll(async () => {
  kiln = await startKiln();
  alice = (await api(kiln.url).post("/auth/signup", { username: "Alice", password: "alice-password-1" })).body.token;
  bob = (await api(kiln.url).post("/auth/signup", { username: "bob", password: "bob-password-12" })).body.token;
});

afterAll(async () => {
  await kiln?.stop();
});

describe("health and OpenAPI", () => {
  it("reports health", async () => {
    const res = await fetch(`${kiln.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, runtime: "local", mongo: "disabled" });
  });

  it("publishes an OpenAPI document for every REST route", async () => {
    const doc = (await (await fetch(`${kiln.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/auth/signup",
        "/auth/login",
        "/me",
        "/validate",
        "/apps",
        "/apps/{id}",
        "/apps/{id}/deploy",
        "/apps/{id}/deployments/{deploymentId}",
        "/apps/{id}/logs",
        "/apps/{id}/logs/stream",
      ]),
    );
    expect(Object.keys(doc.paths["/apps/{id}"] ?? {}).sort()).toEqual(["delete", "get", "put"]);
  });
});

describe("auth", () => {
  it("makes the first user admin and later ones users", async () => {
    expect((await api(kiln.url, alice).get("/me")).body).toMatchObject({ username: "alice", role: "admin" });
    expect((await api(kiln.url, bob).get("/me")).body).toMatchObject({ username: "bob", role: "user" });
  });

  it("refuses a taken username with 409 and weak input with 400 naming the field", async () => {
    const taken = await api(kiln.url).post("/auth/signup", { username: "ALICE", password: "another-password" });
    expect(taken.status).toBe(409);
    const weak = await api(kiln.url).post("/auth/signup", { username: "carol", password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toContain("password");
    expect(weak.body.error.details[0].field).toBe("password");
  });

  it("logs in, rejects wrong passwords, and revokes on logout", async () => {
    expect((await api(kiln.url).post("/auth/login", { username: "bob", password: "wrong-password" })).status).toBe(401);
    const login = await api(kiln.url).post("/auth/login", { username: "bob", password: "bob-password-12" });
    expect(login.status).toBe(200);
    const token = login.body.token as string;
    expect((await api(kiln.url, token).get("/me")).status).toBe(200);
    expect((await api(kiln.url, token).post("/auth/logout")).status).toBe(204);
    expect((await api(kiln.url, token).get("/me")).status).toBe(401);
  });

  it("answers 401 with the JSON error shape without a token", async () => {
    const res = await api(kiln.url).get("/apps");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("sets an httpOnly cookie for the browser (tRPC) and never returns password hashes", async () => {
    const res = await fetch(`${kiln.url}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: "alice", password: "alice-password-1" } }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^kiln_session=kiln_s_/);
    expect(cookie).toContain("HttpOnly");
    expect(await res.text()).not.toMatch(/argon2|passwordHash/);
  });
});

describe("apps", () => {
  it("creates a hello-world app with a unique slug, lists, renames and deletes it", async () => {
    const a = api(kiln.url, alice);
    const first = await a.post("/apps", { name: "My Todo API!" });
    const second = await a.post("/apps", { name: "my todo api" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ slug: "my-todo-api", status: "draft" });
    expect(second.body.slug).toBe("my-todo-api-2");
    const got = await a.get(`/apps/${first.body.id}`);
    expect(got.body.files["app.py"]).toContain("FastAPI(");
    expect((await a.put(`/apps/${first.body.id}`, { name: "Renamed" })).body.name).toBe("Renamed");
    expect((await a.get("/apps")).body.apps.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining([first.body.id, second.body.id]),
    );
    expect((await a.del(`/apps/${second.body.id}`)).status).toBe(204);
    expect((await a.get(`/apps/${second.body.id}`)).status).toBe(404);
  });

  it("hides one user's apps from another (404, nothing leaked)", async () => {
    const mine = await api(kiln.url, bob).post("/apps", { name: "bob private" });
    const b = api(kiln.url, alice);
    // alice is admin: she may open it; a second plain user may not.
    expect((await b.get(`/apps/${mine.body.id}`)).status).toBe(200);
    const carol = (await api(kiln.url).post("/auth/signup", { username: "carol", password: "carol-password" })).body.token;
    const c = api(kiln.url, carol);
    for (const res of [
      await c.get(`/apps/${mine.body.id}`),
      await c.put(`/apps/${mine.body.id}`, { name: "x" }),
      await c.post(`/apps/${mine.body.id}/deploy`),
      await c.get(`/apps/${mine.body.id}/logs`),
      await c.del(`/apps/${mine.body.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("bob private");
    }
    expect((await c.get("/apps")).body.apps).toEqual([]);
  });

  it("enforces file limits with 413 naming the limit, and bad names with 400", async () => {
    const a = api(kiln.url, alice);
    const big = await a.post("/apps", { name: "big", files: { "app.py": "x = 1\n", "data.txt": "a".repeat(101 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/data\.txt/);
    expect(big.body.error.message).toMatch(/100 ?KB/i);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`m${i}.py`, "x = 1\n"]));
    expect((await a.post("/apps", { name: "many", files: { ...many, "app.py": "" } })).status).toBe(413);
    const evil = await a.post("/apps", { name: "evil", files: { "app.py": "", "../escape.py": "x = 1\n" } });
    expect(evil.status).toBe(400);
    expect(evil.body.error.message).toContain("escape.py");
  });

  it("validates code with the same rules as the editor", async () => {
    const code = "import os\nfrom fastapi import FastAPI\n\napp = FastAPI()\nos.system('id')\n";
    const res = await api(kiln.url, alice).post("/validate", { files: { "app.py": code } });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.errors).toEqual([expect.objectContaining({ file: "app.py", line: 5, rule: "blocked-call" })]);
    const fine = await api(kiln.url, alice).post("/validate", {
      files: { "app.py": code.replace("os.system('id')", "print(os.environ.get('X'))") },
    });
    expect(fine.body).toEqual({ ok: true, errors: [] });
  });

  it("rejects malformed JSON with 400 and unknown routes with 404", async () => {
    const bad = await fetch(`${kiln.url}/api/v1/apps`, {
      method: "POST",
      headers: { authorization: `Bearer ${alice}`, "content-type": "application/json" },
      body: "{nope",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^body: invalid JSON/);
    expect((await api(kiln.url, alice).get("/nowhere")).status).toBe(404);
  });
});

describe("admin settings", () => {
  it("lets only admins read and change settings", async () => {
    expect((await api(kiln.url, bob).get("/admin/settings")).status).toBe(403);
    expect((await api(kiln.url, bob).put("/admin/settings", {})).status).toBe(405);
    const res = await api(kiln.url, alice).get("/admin/settings");
    expect(res.status).toBe(200);
    expect(res.body.allowedImports).toContain("fastapi");
    const bad = await api(kiln.url, alice).patch("/admin/settings", { allowedImports: ["not a module"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^allowedImports\.0: /);
  });

  it("turns signup off and on; an allowed import takes effect at the next validation", async () => {
    const patch = (body: unknown) => api(kiln.url, alice).patch("/admin/settings", body);
    expect((await patch({ signupEnabled: false })).status).toBe(200);
    const refused = await api(kiln.url).post("/auth/signup", { username: "dave", password: "dave-password" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/signup is turned off/i);
    expect((await patch({ signupEnabled: true })).status).toBe(200);
    expect((await api(kiln.url).post("/auth/signup", { username: "dave", password: "dave-password" })).status).toBe(201);

    const files = { "app.py": "import yaml\nfrom fastapi import FastAPI\n\napp = FastAPI()\n" };
    const v = () => api(kiln.url, bob).post("/validate", { files });
    expect((await v()).body.errors).toEqual([expect.objectContaining({ line: 1, rule: "import-not-allowed" })]);
    const before = (await api(kiln.url, alice).get("/admin/settings")).body.allowedImports as string[];
    expect((await patch({ allowedImports: [...before, "yaml"] })).status).toBe(200);
    expect((await v()).body).toEqual({ ok: true, errors: [] });
    expect((await patch({ allowedImports: before })).status).toBe(200);
    expect((await v()).body.ok).toBe(false);
  });
});
