import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { api, readEvents, viaGateway } from "../support/api";
import { type KilnProcess, startKiln } from "../support/kiln-process";

let kiln: KilnProcess;
let token: string;

beforeAll(async () => {
  kiln = await startKiln({ env: { KILN_SECRET_KEY: "test-key-for-env-vars" } });
  token = (await api(kiln.url).post("/auth/signup", { username: "erin", password: "erin-password" })).body.token;
});

afterAll(async () => {
  await kiln?.stop();
});

const SECRET = "s3cret-value-that-must-not-leak";

it("injects env vars and secrets into the app, and never returns a secret's value", async () => {
  const a = api(kiln.url, token);
  const files = {
    // The code itself must not hold the secret: it compares a digest.
    "app.py": `import hashlib
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, str | None]:
    token = os.environ.get("API_TOKEN", "")
    return {"greeting": os.environ.get("GREETING"), "token_sha256": hashlib.sha256(token.encode()).hexdigest()}
`,
  };
  const created = await a.post("/apps", {
    name: "env app",
    files,
    env: [
      { name: "GREETING", value: "hi" },
      { name: "API_TOKEN", value: SECRET, secret: true },
    ],
  });
  expect(created.status).toBe(201);
  const got = await a.get(`/apps/${created.body.id}`);
  expect(got.body.env).toEqual(
    expect.arrayContaining([
      { name: "GREETING", value: "hi", secret: false, set: true },
      { name: "API_TOKEN", value: null, secret: true, set: true },
    ]),
  );
  // Keep the secret while changing the plain var: omit its value.
  const upd = await a.put(`/apps/${created.body.id}`, {
    env: [
      { name: "GREETING", value: "hello" },
      { name: "API_TOKEN", secret: true },
    ],
  });
  expect(upd.status).toBe(200);
  const dep = await a.post(`/apps/${created.body.id}/deploy`);
  const events = await readEvents<{ phase: string }>(
    `${kiln.url}/api/v1/apps/${created.body.id}/deployments/${dep.body.deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  expect(events.at(-1)?.phase).toBe("ready");
  const r = await viaGateway(kiln.port, created.body.slug, "/");
  expect(await r.json()).toEqual({ greeting: "hello", token_sha256: createHash("sha256").update(SECRET).digest("hex") });

  // The plaintext is nowhere: API responses, deployment events, logs, the database file.
  const responses = [
    await a.get(`/apps/${created.body.id}`),
    await a.get(`/apps/${created.body.id}/deployments/${dep.body.deploymentId}`),
    await a.get(`/apps/${created.body.id}/logs?tail=500`),
    await a.get(`/apps/${created.body.id}/versions`),
    await a.get(`/apps/${created.body.id}/versions/${(await a.get(`/apps/${created.body.id}`)).body.deployedVersion.id}`),
    await a.post(`/apps/${created.body.id}/clone`, { name: "env app copy" }),
    // erin signed up first: she is the admin, and admin views must not carry it either.
    await a.get("/admin/audit?limit=200"),
    await a.get("/admin/users"),
  ];
  for (const res of responses) {
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
  }
  // Every file of the platform database (the WAL and journal too, where there are any).
  const dbFiles = fs.readdirSync(kiln.dataDir).filter((f) => f.startsWith("kiln.db"));
  expect(dbFiles).toContain("kiln.db");
  for (const f of dbFiles) expect(fs.readFileSync(path.join(kiln.dataDir, f)).includes(Buffer.from(SECRET)), f).toBe(false);
  expect(kiln.output.join("\n")).not.toContain(SECRET);
});

it("refuses reserved and malformed env names with 400 naming the field", async () => {
  const a = api(kiln.url, token);
  const res = await a.post("/apps", { name: "bad env", env: [{ name: "KILN_X", value: "1" }] });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(/env\.0\.name: .*reserved/);
  const bad = await a.post("/apps", { name: "bad env 2", env: [{ name: "1ABC", value: "1" }] });
  expect(bad.status).toBe(400);
});
