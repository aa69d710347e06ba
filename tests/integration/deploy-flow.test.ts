import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, readEvents, viaGateway } from "../support/api";
import { type KilnProcess, startKiln } from "../support/kiln-process";

interface DeployEvent {
  phase: string;
  message: string;
  failure?: { kind: string; message: string; location?: { file: string; line: number }; traceback?: string };
}

const hello = (msg: string) => `from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, str]:
    return {"message": "${msg}"}
`;

let kiln: KilnProcess;
let token: string;
let appId: string;
let slug: string;

async function deployAndWait(files?: Record<string, string>) {
  const res = await api(kiln.url, token).post(`/apps/${appId}/deploy`, files ? { files } : {});
  if (res.status !== 202) return { res, events: [] as DeployEvent[] };
  const events = await readEvents<DeployEvent>(
    `${kiln.url}/api/v1/apps/${appId}/deployments/${res.body.deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  return { res, events };
}

beforeAll(async () => {
  kiln = await startKiln();
  const signup = await api(kiln.url).post("/auth/signup", { username: "alice", password: "correct horse battery" });
  expect(signup.status).toBe(201);
  expect(signup.body.user.role).toBe("admin");
  token = signup.body.token;
  const created = await api(kiln.url, token).post("/apps", { name: "Hello API", files: { "app.py": hello("v1") } });
  expect(created.status).toBe(201);
  appId = created.body.id;
  slug = created.body.slug;
});

afterAll(async () => {
  await kiln?.stop();
});

describe("deploy flow through the REST API and the gateway", () => {
  it("deploys and serves the app's JSON through the gateway", async () => {
    const { res, events } = await deployAndWait();
    expect(res.status).toBe(202);
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(["validating", "starting", "ready"]));
    const r = await viaGateway(kiln.port, slug, "/");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ message: "v1" });
    const app = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(app.body.status).toBe("running");
    expect(app.body.url).toBe(`http://${slug}.localhost:${kiln.port}`);
  });

  it("serves a redeployed change", async () => {
    const { events } = await deployAndWait({ "app.py": hello("v2") });
    expect(events.at(-1)?.phase).toBe("ready");
    expect(await (await viaGateway(kiln.port, slug, "/")).json()).toEqual({ message: "v2" });
    const deployment = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(deployment.body.deployedVersion.number).toBe(2);
  });

  it("refuses invalid code with 422 and the error list, and the old version keeps serving", async () => {
    const res = await api(kiln.url, token).post(`/apps/${appId}/deploy`, { files: { "app.py": "import subprocess\napp = 1 +\n" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "app.py", line: 1, rule: "import-not-allowed" }),
        expect.objectContaining({ file: "app.py", line: 2, rule: "syntax" }),
      ]),
    );
    expect(await (await viaGateway(kiln.port, slug, "/")).json()).toEqual({ message: "v2" });
  });

  it("reports an import-time crash with its file and line, and keeps the old version", async () => {
    const files = {
      "app.py":
        'from fastapi import FastAPI\nfrom helpers import answer\n\napp = FastAPI()\n\n\n@app.get("/")\ndef root() -> dict[str, int]:\n    return {"answer": answer}\n',
      "helpers.py": "answer = 42\nraise RuntimeError('boom at import')\n",
    };
    const { events } = await deployAndWait(files);
    const failed = events.at(-1);
    expect(failed?.phase).toBe("failed");
    expect(failed?.failure?.location).toMatchObject({ file: "helpers.py", line: 2 });
    expect(failed?.failure?.traceback).toContain("boom at import");
    const d = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(d.body.lastDeployment.status).toBe("failed");
    expect(await (await viaGateway(kiln.port, slug, "/")).json()).toEqual({ message: "v2" });
  });

  it("notices a killed runner process and restarts it", async () => {
    const state = JSON.parse(fs.readFileSync(path.join(kiln.dataDir, "apps", appId, "state.json"), "utf8")) as { pid: number };
    const restarted = readEvents<{ stream: string; text: string }>(
      `${kiln.url}/api/v1/apps/${appId}/logs/stream?tail=1`,
      token,
      (l) => l.stream === "system" && /ready/i.test(l.text) && !l.text.includes(String(state.pid)),
    );
    process.kill(state.pid, "SIGKILL");
    await restarted;
    const r = await viaGateway(kiln.port, slug, "/");
    expect(r.status).toBe(200);
    const after = JSON.parse(fs.readFileSync(path.join(kiln.dataDir, "apps", appId, "state.json"), "utf8")) as { pid: number };
    expect(after.pid).not.toBe(state.pid);
  });

  it("brings running apps back when Kiln restarts", async () => {
    const { dataDir, port } = kiln;
    await kiln.stop();
    kiln = await startKiln({ dataDir, port });
    // Reconcile begins every start before the port opens; the gateway holds the request until ready.
    const r = await viaGateway(kiln.port, slug, "/");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ message: "v2" });
  });
});
