/**
 * Scale to zero (#8) through a real Kiln, real runner processes and the real gateway: sleep on
 * request and when idle, wake on request (one start for concurrent requests, bodies intact), the
 * cold-start mark, and the 503s when an app cannot wake (crashes, or outlasts the wake limit).
 *
 * An app is made to misbehave on its next start by a request that writes `armed.txt` into its
 * code folder (the runner's working directory); the module reads it at import.
 */
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, type DeployedApp } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const APP = `import hashlib
import time

from fastapi import FastAPI, Request

try:
    with open("armed.txt") as f:
        ARMED = f.read()
except FileNotFoundError:
    ARMED = ""
if ARMED == "crash":
    raise RuntimeError("armed to crash on start")
if ARMED == "slow":
    time.sleep(600)

app = FastAPI()


@app.get("/")
def root(request: Request) -> dict[str, str | None]:
    return {"message": "awake", "cold": request.headers.get("x-kiln-cold-start")}


@app.post("/echo")
async def echo(request: Request) -> dict[str, int | str]:
    body = await request.body()
    return {"length": len(body), "sha256": hashlib.sha256(body).hexdigest()}


@app.post("/arm/{mode}")
def arm(mode: str) -> dict[str, str]:
    with open("armed.txt", "w") as f:
        f.write(mode)
    return {"armed": mode}
`;

/** Generous for a loaded machine, short enough that the "slow" app surely outlasts it. */
const WAKE_TIMEOUT_SECONDS = 20;

let kiln: KilnProcess;
let token: string;
const v1 = () => api(kiln.url, token);

beforeAll(async () => {
  kiln = await startKiln({ env: { KILN_SLEEP_CHECK_SECONDS: "1", KILN_WAKE_TIMEOUT: String(WAKE_TIMEOUT_SECONDS) } });
  const signup = await api(kiln.url).post("/auth/signup", { username: "sleepy", password: "correct horse battery" });
  expect(signup.status).toBe(201);
  token = signup.body.token;
}, 120_000);

afterAll(async () => {
  await kiln?.stop();
});

const deploy = (name: string) => createAndDeploy(kiln.url, token, name, { "app.py": APP });

async function status(app: DeployedApp): Promise<string> {
  const r = await v1().get(`/apps/${app.id}`);
  expect(r.status).toBe(200);
  return r.body.status as string;
}

async function sleep(app: DeployedApp): Promise<void> {
  const r = await v1().post(`/apps/${app.id}/sleep`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.status).toBe("sleeping");
}

/** System log lines saying a process started for the app (deploy, restart or wake). */
async function starts(app: DeployedApp): Promise<string[]> {
  const r = await v1().get(`/apps/${app.id}/logs?tail=5000`);
  expect(r.status).toBe(200);
  const lines = r.body.lines as { stream: string; text: string }[];
  return lines.filter((l) => l.stream === "system" && /^(starting|restarting|waking up) version/.test(l.text)).map((l) => l.text);
}

describe("sleep and wake through the gateway", () => {
  it("exposes sleepSeconds on the app and validates it, naming the field", async () => {
    const created = await v1().post("/apps", { name: "Sleep Settings" });
    expect(created.body.sleepSeconds).toBeNull();
    const set = await v1().put(`/apps/${created.body.id}`, { sleepSeconds: 3600 });
    expect(set.status).toBe(200);
    expect((await v1().get(`/apps/${created.body.id}`)).body.sleepSeconds).toBe(3600);
    expect((await v1().put(`/apps/${created.body.id}`, { sleepSeconds: 0 })).body.sleepSeconds).toBe(0);
    expect((await v1().put(`/apps/${created.body.id}`, { sleepSeconds: null })).body.sleepSeconds).toBeNull();
    for (const bad of [5, 59, 8 * 86_400, 90.5, -1, "60"]) {
      const r = await v1().put(`/apps/${created.body.id}`, { sleepSeconds: bad });
      expect(r.status, String(bad)).toBe(400);
      expect(r.body.error.message).toContain("sleepSeconds");
    }
    // Not deployed: nothing to put to sleep.
    expect((await v1().post(`/apps/${created.body.id}/sleep`)).status).toBe(409);
  });

  it("answers the next request of an app put to sleep, marked as a cold start, and only that one", async () => {
    const app = await deploy("Sleeper One");
    await sleep(app);
    const first = await viaGateway(kiln.port, app.slug, "/", { headers: { "x-kiln-cold-start": "forged" } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ message: "awake", cold: "1" });
    expect(await status(app)).toBe("running");
    // The gateway records the request time (asynchronously, throttled) for the idle sleeper.
    await expect.poll(async () => (await v1().get(`/apps/${app.id}`)).body.lastRequestAt, { timeout: 10_000 }).toBeTruthy();
    // Awake now: not cold, and a client cannot claim otherwise.
    const second = await viaGateway(kiln.port, app.slug, "/", { headers: { "x-kiln-cold-start": "1" } });
    expect(await second.json()).toEqual({ message: "awake", cold: null });
  });

  it("wakes once for 20 concurrent requests and answers each of them", async () => {
    const app = await deploy("Sleeper Crowd");
    await sleep(app);
    const before = await starts(app);
    const answers = await Promise.all(Array.from({ length: 20 }, () => viaGateway(kiln.port, app.slug, "/")));
    const bodies = await Promise.all(answers.map((r) => r.json() as Promise<{ message: string; cold: string | null }>));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(bodies.every((b) => b.message === "awake")).toBe(true);
    expect(bodies.some((b) => b.cold === "1")).toBe(true);
    const after = await starts(app);
    expect(after.slice(before.length)).toEqual([expect.stringMatching(/^waking up version/)]);
  });

  it("forwards a 1 MB POST body intact when it arrives during the wake", async () => {
    const app = await deploy("Sleeper Upload");
    await sleep(app);
    const body = randomBytes(1024 * 1024);
    const r = await viaGateway(kiln.port, app.slug, "/echo", {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "content-length": String(body.length) },
      body,
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ length: body.length, sha256: createHash("sha256").update(body).digest("hex") });
  });

  it("wakes a sleeping app after Kiln restarts", async () => {
    const app = await deploy("Sleeper Restart");
    await sleep(app);
    const { dataDir, port } = kiln;
    await kiln.stop();
    kiln = await startKiln({ dataDir, port, env: { KILN_SLEEP_CHECK_SECONDS: "1", KILN_WAKE_TIMEOUT: String(WAKE_TIMEOUT_SECONDS) } });
    expect(await status(app)).toBe("sleeping");
    const r = await viaGateway(kiln.port, app.slug, "/");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ message: "awake", cold: "1" });
  });

  it("wakes on POST /wake", async () => {
    const app = await deploy("Sleeper Woken");
    await sleep(app);
    const r = await v1().post(`/apps/${app.id}/wake`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe("running");
    expect(await (await viaGateway(kiln.port, app.slug, "/")).json()).toEqual({ message: "awake", cold: null });
  });

  it("answers 503 with Retry-After and status error when the app crashes on wake", async () => {
    const app = await deploy("Sleeper Crash");
    expect((await viaGateway(kiln.port, app.slug, "/arm/crash", { method: "POST" })).status).toBe(200);
    await sleep(app);
    const r = await viaGateway(kiln.port, app.slug, "/", { headers: { accept: "application/json" } });
    expect(r.status).toBe(503);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await r.json()).error.code).toBe("service_unavailable");
    expect(await status(app)).toBe("error");
  });

  it("answers 503 with a retrying page when the app cannot wake within the limit", async () => {
    const app = await deploy("Sleeper Slow");
    expect((await viaGateway(kiln.port, app.slug, "/arm/slow", { method: "POST" })).status).toBe(200);
    await sleep(app);
    const [browser, client] = await Promise.all([
      viaGateway(kiln.port, app.slug, "/", { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } }),
      viaGateway(kiln.port, app.slug, "/", { headers: { accept: "application/json" } }),
    ]);
    for (const r of [browser, client]) {
      expect(r.status).toBe(503);
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    const page = await browser.text();
    expect(browser.headers.get("content-type")).toContain("text/html");
    expect(page).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    expect(page).toContain("waking up");
    expect((await client.json()).error).toMatchObject({ code: "service_unavailable", message: expect.stringContaining("waking up") });
  }, 120_000);

  it("puts an app to sleep once it has had no request for its sleep timeout", async () => {
    const app = await deploy("Sleeper Idle");
    expect((await v1().put(`/apps/${app.id}`, { sleepSeconds: 60 })).status).toBe(200);
    expect(await status(app)).toBe("running");
    await ageActivity(kiln.dataDir, app.id, 3600);
    await expect.poll(() => status(app), { timeout: 30_000 }).toBe("sleeping");
    // And it wakes again on its next request.
    expect(await (await viaGateway(kiln.port, app.slug, "/")).json()).toEqual({ message: "awake", cold: "1" });
  });
});

/** Moves the app's last request and deploy `seconds` into the past, in the Kiln's own database (stored as Prisma wrote them). */
async function ageActivity(dataDir: string, appId: string, seconds: number): Promise<void> {
  const client = createClient({ url: `file:${path.join(dataDir, "kiln.db")}` });
  try {
    await client.execute("PRAGMA busy_timeout = 5000");
    const row = (await client.execute({ sql: 'SELECT "lastDeployAt" FROM "App" WHERE id = ?', args: [appId] })).rows[0];
    const stored = row?.lastDeployAt;
    const past = new Date(Date.now() - seconds * 1000);
    const iso = past.toISOString();
    const value =
      typeof stored === "number" || typeof stored === "bigint"
        ? past.getTime()
        : String(stored).endsWith("+00:00")
          ? iso.replace("Z", "+00:00")
          : iso;
    await client.execute({ sql: 'UPDATE "App" SET "lastDeployAt" = ?, "lastRequestAt" = ? WHERE id = ?', args: [value, value, appId] });
  } finally {
    client.close();
  }
}
