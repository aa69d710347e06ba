/**
 * Issue #6: every deploy is an immutable version; history lists them with who and the message;
 * rollback deploys an old version as a new deployment (the app serves it, the history keeps
 * three versions, the draft stays); one version's files give the diff; clone copies files and
 * env but no secret value.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { api, readEvents, viaGateway } from "../support/api";
import { deployAndWait, signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

let kiln: KilnProcess;
let owner: { token: string; id: string };
let other: { token: string; id: string };
let appId: string;
let slug: string;

const appWith = (text: string) => `from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, str]:
    return {"version": "${text}"}
`;

beforeAll(async () => {
  kiln = await startKiln();
  await signup(kiln.url, "versionsadmin"); // the first user is the admin
  owner = await signup(kiln.url, "vera");
  other = await signup(kiln.url, "otto");
  const created = await api(kiln.url, owner.token).post("/apps", { name: "Versioned", files: { "app.py": appWith("v1") } });
  expect(created.status).toBe(201);
  ({ id: appId, slug } = created.body);
});

afterAll(async () => {
  await kiln?.stop();
});

async function answer(): Promise<string> {
  return ((await (await viaGateway(kiln.port, slug, "/")).json()) as { version: string }).version;
}

async function deployWithMessage(files: Record<string, string>, message: string): Promise<void> {
  const res = await api(kiln.url, owner.token).post(`/apps/${appId}/deploy`, { files, message });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const events = await readEvents<{ phase: string }>(
    `${kiln.url}/api/v1/apps/${appId}/deployments/${res.body.deploymentId}/events`,
    owner.token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  expect(events.at(-1)?.phase).toBe("ready");
}

it("lists three versions, rolls back to v1 as a new deployment, and keeps the history and the draft", async () => {
  const a = api(kiln.url, owner.token);
  await deployWithMessage({ "app.py": appWith("v1") }, "first");
  await deployWithMessage({ "app.py": appWith("v2"), "notes.md": "# notes\n" }, "second");
  await deployWithMessage({ "app.py": appWith("v3") }, "third");
  expect(await answer()).toBe("v3");

  const history = await a.get(`/apps/${appId}/versions`);
  expect(history.status).toBe(200);
  expect(
    history.body.versions.map((v: { number: number; message: string; createdBy: string }) => [v.number, v.message, v.createdBy]),
  ).toEqual([
    [3, "third", "vera"],
    [2, "second", "vera"],
    [1, "first", "vera"],
  ]);
  const [v3, , v1] = history.body.versions as { id: string; deployed: boolean; codeHash: string }[];
  expect(v3?.deployed).toBe(true);
  expect(history.body.deployedVersionId).toBe(v3?.id);

  // The diff's inputs: each version's files exactly as deployed.
  const one = await a.get(`/apps/${appId}/versions/${v1?.id}`);
  const three = await a.get(`/apps/${appId}/versions/${v3?.id}`);
  expect(one.body.files).toEqual({ "app.py": appWith("v1") });
  expect(three.body.files).toEqual({ "app.py": appWith("v3") });
  expect(one.body.codeHash).not.toBe(three.body.codeHash);

  const rolled = await a.post(`/apps/${appId}/versions/${v1?.id}/rollback`);
  expect(rolled.status, JSON.stringify(rolled.body)).toBe(202);
  const events = await readEvents<{ phase: string; message: string }>(
    `${kiln.url}/api/v1/apps/${appId}/deployments/${rolled.body.deploymentId}/events`,
    owner.token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  expect(events[0]?.message).toMatch(/Rolling back to version 1/);
  expect(events.at(-1)?.phase).toBe("ready");
  expect(await answer()).toBe("v1");

  const after = await a.get(`/apps/${appId}/versions`);
  expect(after.body.versions).toHaveLength(3); // a rollback is a deployment, not a new version
  expect(after.body.deployedVersionId).toBe(v1?.id);
  const deployment = await a.get(`/apps/${appId}/deployments/${rolled.body.deploymentId}`);
  expect(deployment.body.versionId).toBe(v1?.id);
  // The editor's draft is still the last one saved (v3), not the rolled-back code.
  expect((await a.get(`/apps/${appId}`)).body.files).toEqual({ "app.py": appWith("v3") });
});

it("answers 404 for someone else's versions and rollbacks, and for a version of another app", async () => {
  const history = await api(kiln.url, owner.token).get(`/apps/${appId}/versions`);
  const vid = history.body.versions[0].id as string;
  const o = api(kiln.url, other.token);
  for (const res of [
    await o.get(`/apps/${appId}/versions`),
    await o.get(`/apps/${appId}/versions/${vid}`),
    await o.post(`/apps/${appId}/versions/${vid}/rollback`),
  ]) {
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain("Versioned");
  }
  const mine = await o.post("/apps", { name: "Otto's" });
  const crossed = await o.post(`/apps/${mine.body.id}/versions/${vid}/rollback`);
  expect(crossed.status).toBe(404);
  expect(crossed.body.error.message).toMatch(/Version not found/);
});

it("clones files and env without secret values, under a new name and address", async () => {
  const a = api(kiln.url, owner.token);
  const put = await a.put(`/apps/${appId}`, {
    env: [
      { name: "GREETING", value: "hello", secret: false },
      { name: "API_TOKEN", value: "clone-must-not-copy-this", secret: true },
    ],
  });
  expect(put.status).toBe(200);
  const clone = await a.post(`/apps/${appId}/clone`, { name: "Versioned copy" });
  expect(clone.status, JSON.stringify(clone.body)).toBe(201);
  expect(clone.body).toMatchObject({ name: "Versioned copy", slug: "versioned-copy", status: "draft", secretsToSet: ["API_TOKEN"] });
  const copy = await a.get(`/apps/${clone.body.id}`);
  expect(copy.body.files).toEqual({ "app.py": appWith("v3") });
  expect(copy.body.env).toEqual([
    { name: "API_TOKEN", value: null, secret: true, set: false },
    { name: "GREETING", value: "hello", secret: false, set: true },
  ]);
  expect(JSON.stringify([clone.body, copy.body])).not.toContain("clone-must-not-copy-this");
  // The copy deploys without the unset secret, and has no history of its own yet.
  expect(await deployAndWait(kiln.url, owner.token, clone.body.id)).toBe("ready");
  expect((await a.get(`/apps/${clone.body.id}/versions`)).body.versions).toHaveLength(1);
  // Nobody clones what they cannot see.
  expect((await api(kiln.url, other.token).post(`/apps/${appId}/clone`, { name: "stolen" })).status).toBe(404);
});
