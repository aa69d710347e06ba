import { setTimeout as delay } from "node:timers/promises";
import { api, readEvents, viaGateway } from "../tests/support/api";
import { startKiln } from "../tests/support/kiln-process";
import { median, percentile } from "./stats";

const APP = `from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, str]:
    return {"hello": "world"}
`;

export interface ColdStartResult {
  pool: number;
  p50: number;
  p95: number;
  samples: number[];
  failed: number;
  gapMs: number;
}

/**
 * Cold-start latency through the gateway: put the app to sleep (POST /apps/{id}/sleep), then time
 * one GET from the request to its 200 (the gateway holds it while the app wakes). A non-200 answer
 * counts as a failed request and is retried; the time until the 200 is what the sample holds.
 * Between wakes the bench waits `gapMs`, so the warm pool (KILN_WARM_POOL) has refilled as it
 * would have for an app that sleeps for minutes: this measures a wake, not the refill rate.
 */
export async function coldStart(o: { pool: number; wakes: number; gapMs: number }): Promise<ColdStartResult> {
  const kiln = await startKiln({ env: { KILN_WARM_POOL: String(o.pool) } });
  try {
    const signup = await api(kiln.url).post("/auth/signup", { username: "bench", password: "benchmark-password" });
    const token = signup.body.token as string;
    const client = api(kiln.url, token);
    const app = await client.post("/apps", { name: "bench cold start", files: { "app.py": APP } });
    const deploy = await client.post(`/apps/${app.body.id}/deploy`, {});
    if (deploy.status !== 202) throw new Error(`deploy answered ${deploy.status}: ${JSON.stringify(deploy.body)}`);
    const events = await readEvents<{ phase: string }>(
      `${kiln.url}/api/v1/apps/${app.body.id}/deployments/${deploy.body.deploymentId}/events`,
      token,
      (e) => e.phase === "ready" || e.phase === "failed",
    );
    if (events.at(-1)?.phase !== "ready") throw new Error(`deploy failed: ${JSON.stringify(events.at(-1))}`);
    const samples: number[] = [];
    let failed = 0;
    for (let i = 0; i < o.wakes; i++) {
      const slept = await client.post(`/apps/${app.body.id}/sleep`, {});
      if (slept.status !== 200) throw new Error(`sleep answered ${slept.status}: ${JSON.stringify(slept.body)}`);
      await delay(o.gapMs);
      const t0 = performance.now();
      for (let attempt = 0; ; attempt++) {
        const r = await viaGateway(kiln.port, app.body.slug, "/");
        if (r.status === 200) break;
        failed++;
        if (attempt > 20) throw new Error(`wake ${i}: still ${r.status} after ${attempt + 1} requests`);
      }
      samples.push(performance.now() - t0);
    }
    return { pool: o.pool, p50: median(samples), p95: percentile(samples, 95), samples, failed, gapMs: o.gapMs };
  } finally {
    await kiln.stop();
  }
}
