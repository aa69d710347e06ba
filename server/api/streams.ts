import { zLogsInput } from "@/lib/schemas/apps";
import { sseResponse } from "@/server/api/sse";
import { requireUser } from "@/server/auth/policy";
import type { Context } from "@/server/context";
import { deploymentEvents } from "@/server/services/deployments";
import { followLogs } from "@/server/services/logs";

function signedIn(ctx: Context) {
  return requireUser(ctx.user);
}

/** REST routes that stream (text/event-stream) rather than return one JSON value. */
export async function streamRoute(
  method: string,
  path: string,
  ctx: Context,
  signal: AbortSignal,
  query: URLSearchParams,
): Promise<Response | null> {
  const logs = /^\/apps\/([^/]+)\/logs\/stream\/?$/.exec(path);
  if (method === "GET" && logs) {
    const user = signedIn(ctx);
    const input = zLogsInput.parse({ id: decodeURIComponent(logs[1] ?? ""), tail: query.get("tail") ?? undefined });
    return sseResponse(await followLogs(user, input.id, input.tail, signal), signal);
  }
  const events = /^\/apps\/([^/]+)\/deployments\/([^/]+)\/events\/?$/.exec(path);
  if (method === "GET" && events) {
    const user = signedIn(ctx);
    const [appId, deploymentId] = [decodeURIComponent(events[1] ?? ""), decodeURIComponent(events[2] ?? "")];
    const source = deploymentEvents(user, appId, deploymentId, signal);
    // Surface 404/403 as JSON before the stream starts.
    const first = await source.next();
    async function* all() {
      if (!first.done) yield first.value;
      yield* source;
    }
    return sseResponse(all(), signal);
  }
  return null;
}
