import { api, readEvents, viaGateway } from "../tests/support/api";
import type { KilnProcess } from "../tests/support/kiln-process";
import { median, percentile } from "./stats";

const appPy = (n: number) => `from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, int]:
    return {"version": ${n}}
`;

/** Save → deploy → first 200 with the new code through the gateway, N times. */
export async function redeployToFirst200(kiln: KilnProcess, runs = 10) {
  const signup = await api(kiln.url).post("/auth/signup", { username: "bench", password: "benchmark-password" });
  const token = signup.body.token as string;
  const client = api(kiln.url, token);
  const app = await client.post("/apps", { name: "bench redeploy", files: { "app.py": appPy(0) } });
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const res = await client.post(`/apps/${app.body.id}/deploy`, { files: { "app.py": appPy(i + 1) } });
    if (res.status !== 202) throw new Error(`deploy answered ${res.status}: ${JSON.stringify(res.body)}`);
    const events = await readEvents<{ phase: string }>(
      `${kiln.url}/api/v1/apps/${app.body.id}/deployments/${res.body.deploymentId}/events`,
      token,
      (e) => e.phase === "ready" || e.phase === "failed",
    );
    if (events.at(-1)?.phase !== "ready") throw new Error(`deploy ${i} failed: ${JSON.stringify(events.at(-1))}`);
    const r = await viaGateway(kiln.port, app.body.slug, "/");
    const body = (await r.json()) as { version: number };
    if (r.status !== 200 || body.version !== i + 1) throw new Error(`expected version ${i + 1}, got ${r.status} ${JSON.stringify(body)}`);
    if (i > 0) samples.push(performance.now() - t0); // the first deploy is a cold first start, not a redeploy
  }
  return { median: median(samples), p95: percentile(samples, 95), samples };
}
