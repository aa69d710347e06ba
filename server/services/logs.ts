import { getRuntime } from "@/server/runtime";
import type { LogLine } from "@/server/runtime/types";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";

export async function tailLogs(user: CurrentUser, appId: string, tail: number): Promise<{ lines: LogLine[] }> {
  const app = await appFor(user, appId);
  const lines: LogLine[] = [];
  for await (const line of getRuntime().logs(app.id, { tail, follow: false })) lines.push(line);
  return { lines };
}

/** Tail, then follow until the caller goes away. Access is checked before the first line. */
export async function followLogs(user: CurrentUser, appId: string, tail: number, signal: AbortSignal) {
  const app = await appFor(user, appId);
  return getRuntime().logs(app.id, { tail, follow: true, signal });
}

/**
 * `followLogs` for the tRPC subscription: access is checked before it resolves (so a refusal is
 * a proper NOT_FOUND, not an error mid-stream); the lines stop when `signal` aborts or the
 * caller stops reading.
 */
export async function logsFollow(user: CurrentUser, appId: string, tail: number, signal?: AbortSignal): Promise<AsyncGenerator<LogLine>> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  const done = () => {
    signal?.removeEventListener("abort", onAbort);
    stop.abort();
  };
  let lines: AsyncIterable<LogLine>;
  try {
    lines = await followLogs(user, appId, tail, stop.signal);
  } catch (e) {
    done();
    throw e;
  }
  return (async function* () {
    try {
      yield* lines;
    } finally {
      done();
    }
  })();
}
