/**
 * The idle sleeper (#8): every KILN_SLEEP_CHECK_SECONDS, running apps without a request for their
 * sleep timeout go to sleep. The timeout is the app's `sleepSeconds` (0 = never), else the admin
 * default (null = never). Idle time counts from the last request, or the last deploy when that is
 * later (a fresh deploy is not idle). Every replica may run this loop: the database decides which
 * one puts an app to sleep (putToSleep claims the row), and a request seen meanwhile wins.
 */
import { db } from "@/server/db";
import { putToSleep } from "@/server/services/app-sleep";
import { getSettings } from "@/server/services/settings";

interface Candidate {
  id: string;
  sleepSeconds: number | null;
  lastRequestAt: Date | null;
  lastDeployAt: Date | null;
}

/** The app's timeout in seconds, or null when it never sleeps. Pure. */
export function sleepTimeout(appSeconds: number | null, defaultSeconds: number | null): number | null {
  const s = appSeconds ?? defaultSeconds;
  return s && s > 0 ? s : null;
}

/** True when the app has been idle longer than `timeoutSeconds` at `now`. Pure. */
export function isIdle(app: Pick<Candidate, "lastRequestAt" | "lastDeployAt">, timeoutSeconds: number, now: Date): boolean {
  const last = Math.max(app.lastRequestAt?.getTime() ?? 0, app.lastDeployAt?.getTime() ?? 0);
  return last > 0 && now.getTime() - last >= timeoutSeconds * 1000;
}

/** One pass: the ids of the apps this pass put to sleep. */
export async function sleepIdleApps(now = new Date()): Promise<string[]> {
  const { defaultSleepSeconds } = await getSettings();
  const apps: Candidate[] = await db().app.findMany({
    where: { status: "running", deployedVersionId: { not: null } },
    select: { id: true, sleepSeconds: true, lastRequestAt: true, lastDeployAt: true },
  });
  const slept: string[] = [];
  for (const app of apps) {
    const timeout = sleepTimeout(app.sleepSeconds, defaultSleepSeconds);
    if (timeout === null || !isIdle(app, timeout, now)) continue;
    try {
      if (await putToSleep(app.id, { idleSince: new Date(now.getTime() - timeout * 1000) })) slept.push(app.id);
    } catch (err) {
      console.error(`[kiln] could not put app ${app.id} to sleep:`, err instanceof Error ? err.message : err);
    }
  }
  return slept;
}

/** Runs a pass every `everyMs` until the returned stop is called; a failed pass is logged, not fatal. */
export function startSleeper(everyMs: number): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const slept = await sleepIdleApps();
      if (slept.length > 0) console.log(`[kiln] put ${slept.length} idle app(s) to sleep`);
    } catch (err) {
      console.error("[kiln] idle sleeper failed:", err instanceof Error ? err.message : err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void pass(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
