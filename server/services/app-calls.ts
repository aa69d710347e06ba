import type { AppCallInput } from "@/lib/schemas/apps";
import { Unavailable } from "@/server/errors";
import { getRuntime } from "@/server/runtime";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";

const MAX_BODY = 1024 * 1024;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"]);

/** The test panel: the server calls the app so CORS never matters. */
export async function callApp(user: CurrentUser, input: AppCallInput) {
  const app = await appFor(user, input.id);
  const base = await getRuntime().endpoint(app.id);
  const headers = Object.fromEntries(Object.entries(input.headers).filter(([k]) => !HOP_BY_HOP.has(k.toLowerCase())));
  const started = performance.now();
  let res: Response;
  try {
    res = await fetch(new URL(input.path, base), {
      method: input.method,
      headers,
      body: input.method === "GET" || input.method === "HEAD" ? undefined : input.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw Unavailable(
      `The app did not answer: ${e instanceof Error && e.name === "TimeoutError" ? "timed out after 30 s" : "connection failed"}`,
    );
  }
  const buf = Buffer.from(await res.arrayBuffer());
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const truncated = buf.length > MAX_BODY;
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers.entries()),
    body: buf.subarray(0, MAX_BODY).toString("utf8"),
    truncated,
    durationMs,
  };
}

/** Paths from the app's own /openapi.json (FastAPI serves one), to prefill the test panel. */
export async function appOpenApi(user: CurrentUser, appId: string) {
  const app = await appFor(user, appId);
  try {
    const base = await getRuntime().endpoint(app.id);
    const res = await fetch(new URL("/openapi.json", base), { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) return { paths: [] };
    const doc = (await res.json()) as { paths?: Record<string, Record<string, unknown>> };
    const paths = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
    return { paths };
  } catch {
    return { paths: [] };
  }
}
