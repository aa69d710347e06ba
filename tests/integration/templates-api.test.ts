/**
 * Issues #5/#6: the template gallery API. Kiln's own templates (templates/<id>/) for everyone,
 * users' own templates for them only, creating an app from either, and the admin's curation
 * (hide/show, edit, delete, promote an app), every admin change audited.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { api } from "../support/api";
import { signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const root = path.resolve(import.meta.dirname, "..", "..");
const onDisk = fs.readdirSync(path.join(root, "templates")).filter((d) => fs.existsSync(path.join(root, "templates", d, "manifest.json")));

let kiln: KilnProcess;
let admin: { token: string; id: string };
let tess: { token: string; id: string };
let uli: { token: string; id: string };

beforeAll(async () => {
  kiln = await startKiln();
  admin = await signup(kiln.url, "tmpladmin");
  tess = await signup(kiln.url, "tess");
  uli = await signup(kiln.url, "uli");
});

afterAll(async () => {
  await kiln?.stop();
});

it("lists Kiln's own templates with their manifests and creates an app with a template's files", async () => {
  expect(onDisk.length).toBeGreaterThanOrEqual(12);
  const t = api(kiln.url, tess.token);
  const list = await t.get("/templates");
  expect(list.status).toBe(200);
  const ids = list.body.templates.map((x: { id: string }) => x.id);
  expect(ids).toEqual(expect.arrayContaining(onDisk));
  const hello = list.body.templates.find((x: { id: string }) => x.id === "hello-api");
  expect(hello).toMatchObject({
    scope: "global",
    source: "disk",
    name: "Hello API",
    tags: ["fastapi", "api"],
    smoke: { path: "/hello/Kiln?excited=true" },
  });

  const full = await t.get("/templates/multi-module-api");
  expect(full.status).toBe(200);
  const diskFiles = fs
    .readdirSync(path.join(root, "templates", "multi-module-api"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !(e.name === "manifest.json" && e.parentPath.endsWith("multi-module-api")))
    .map((e) => path.relative(path.join(root, "templates", "multi-module-api"), path.join(e.parentPath, e.name)));
  expect(Object.keys(full.body.files).sort()).toEqual(diskFiles.sort());
  expect(Object.keys(full.body.files).some((f) => f.startsWith("routers/"))).toBe(true);

  const app = await t.post("/apps", { name: "From template", template: "multi-module-api" });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  expect((await t.get(`/apps/${app.body.id}`)).body.files).toEqual(full.body.files);

  const unknown = await t.post("/apps", { name: "nope", template: "no-such-template" });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.message).toMatch(/^template: unknown template "no-such-template"/);
});

it("keeps a user's own template theirs: others neither list, read nor use it", async () => {
  const t = api(kiln.url, tess.token);
  const app = await t.post("/apps", { name: "Tess base", files: { "app.py": "from fastapi import FastAPI\n\napp = FastAPI()\n" } });
  const saved = await t.post("/templates", { appId: app.body.id, name: "Tess starter", description: "mine", tags: ["Mine", "api"] });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  expect(saved.body).toMatchObject({ scope: "user", source: "app", owner: "tess", tags: ["mine", "api"] });
  expect((await t.get("/templates")).body.templates.map((x: { id: string }) => x.id)).toContain(saved.body.id);
  expect((await t.post("/apps", { name: "again", template: saved.body.id })).status).toBe(201);

  const u = api(kiln.url, uli.token);
  expect((await u.get("/templates")).body.templates.map((x: { id: string }) => x.id)).not.toContain(saved.body.id);
  const read = await u.get(`/templates/${saved.body.id}`);
  expect(read.status).toBe(404);
  expect(JSON.stringify(read.body)).not.toContain("Tess starter");
  expect((await u.post("/apps", { name: "steal", template: saved.body.id })).status).toBe(400);
  expect((await u.patch(`/templates/${saved.body.id}`, { name: "mine now" })).status).toBe(404);
  expect((await u.del(`/templates/${saved.body.id}`)).status).toBe(404);
  // Nor can anyone save someone else's app as their template.
  expect((await u.post("/templates", { appId: app.body.id, name: "x" })).status).toBe(404);

  // The owner renames and deletes their own.
  expect((await t.patch(`/templates/${saved.body.id}`, { name: "Tess renamed" })).body.name).toBe("Tess renamed");
  // Plain users cannot change Kiln's own templates.
  expect((await t.patch("/templates/hello-api", { hidden: true })).status).toBe(404);
  expect((await t.del(`/templates/${saved.body.id}`)).status).toBe(204);
  expect((await t.get(`/templates/${saved.body.id}`)).status).toBe(404);
});

it("lets admins hide, edit, delete and promote, and audits each change", async () => {
  const a = api(kiln.url, admin.token);
  const t = api(kiln.url, tess.token);
  expect((await t.get("/admin/templates")).status).toBe(403);

  const hidden = await a.patch("/templates/hello-api", { hidden: true, name: "Hello (renamed)" });
  expect(hidden.status, JSON.stringify(hidden.body)).toBe(200);
  expect((await t.get("/templates")).body.templates.map((x: { id: string }) => x.id)).not.toContain("hello-api");
  expect((await t.get("/templates/hello-api")).status).toBe(404);
  expect((await t.post("/apps", { name: "hidden one", template: "hello-api" })).status).toBe(400);
  const all = await a.get("/admin/templates");
  expect(all.body.templates.find((x: { id: string }) => x.id === "hello-api")).toMatchObject({ hidden: true, name: "Hello (renamed)" });
  await a.patch("/templates/hello-api", { hidden: false });
  expect((await t.get("/templates/hello-api")).body.name).toBe("Hello (renamed)");

  const disk = await a.del("/templates/todo-mongo");
  expect(disk.status).toBe(409);
  expect(disk.body.error.message).toMatch(/comes with Kiln.*hide it instead/);

  const tessApp = await t.post("/apps", { name: "Tess promoted", files: { "app.py": "from fastapi import FastAPI\n\napp = FastAPI()\n" } });
  const promoted = await a.post("/admin/templates", { appId: tessApp.body.id, name: "Community pick", tags: ["community"] });
  expect(promoted.status, JSON.stringify(promoted.body)).toBe(201);
  expect(promoted.body).toMatchObject({ scope: "global", source: "app", owner: null });
  expect((await api(kiln.url, uli.token).get(`/templates/${promoted.body.id}`)).body.files).toEqual({
    "app.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
  });
  expect((await a.del(`/templates/${promoted.body.id}`)).status).toBe(204);

  const audit = await a.get("/admin/audit?action=admin.&limit=20");
  const actions = audit.body.events.map((e: { action: string; targetName: string }) => `${e.action} ${e.targetName}`);
  expect(actions).toEqual(
    expect.arrayContaining([
      "admin.template_updated Hello (renamed)",
      "admin.template_promoted Community pick",
      "admin.template_deleted Community pick",
    ]),
  );
});
