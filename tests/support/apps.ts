/** Test helpers on top of api.ts: deploy an app and wait for the outcome; call tRPC-only procedures over HTTP. */
import { expect } from "vitest";
import { api, readEvents } from "./api";

export interface DeployedApp {
  id: string;
  slug: string;
}

export async function deployAndWait(base: string, token: string, appId: string, files?: Record<string, string>): Promise<string> {
  const res = await api(base, token).post(`/apps/${appId}/deploy`, files ? { files } : {});
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const events = await readEvents<{ phase: string; message: string }>(
    `${base}/api/v1/apps/${appId}/deployments/${res.body.deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  return events.at(-1)?.phase ?? "none";
}

/** Creates an app with these files and deploys it; fails the test unless it becomes ready. */
export async function createAndDeploy(base: string, token: string, name: string, files: Record<string, string>): Promise<DeployedApp> {
  const created = await api(base, token).post("/apps", { name, files });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(await deployAndWait(base, token, created.body.id)).toBe("ready");
  return { id: created.body.id, slug: created.body.slug };
}

/** A tRPC query over HTTP (superjson on the wire): {status, data | error}. */
export async function trpcQuery<T = any>(base: string, token: string, path: string, input?: unknown) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetch(`${base}/api/trpc/${path}${query}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { result?: { data: { json: T } }; error?: { json: { message: string; data: { code: string } } } };
  return { status: res.status, data: body.result?.data.json as T, error: body.error?.json };
}

export async function signup(base: string, username: string): Promise<{ token: string; id: string }> {
  const res = await api(base).post("/auth/signup", { username, password: `${username}-password-1` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { token: res.body.token, id: res.body.user.id };
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes: for effects no event announces. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
