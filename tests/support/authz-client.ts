/**
 * Calls one tRPC procedure over real HTTP the way the browser does (superjson on the wire),
 * as a caller with or without a Bearer token, and keeps the raw response body so the matrix
 * can look for leaks in every byte. Queries and mutations go through @trpc/client's httpLink;
 * subscriptions (SSE) are read with fetch, since Node 20 has no EventSource.
 */
import { createTRPCUntypedClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import superjson from "superjson";
import type { CallResult } from "./authz-judge";

type ProcedureType = "query" | "mutation" | "subscription";

interface ErrorShape {
  message?: string;
  data?: { code?: string; httpStatus?: number };
}

const SUBSCRIPTION_WAIT_MS = 20_000;

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

export async function callProcedure(
  base: string,
  token: string | undefined,
  path: string,
  type: ProcedureType,
  input: unknown,
): Promise<CallResult> {
  if (type === "subscription") return firstSubscriptionEvent(base, token, path, input);
  let raw = "";
  const client = createTRPCUntypedClient<AnyRouter>({
    links: [
      httpLink({
        url: `${base}/api/trpc`,
        transformer: superjson,
        headers: () => authHeaders(token),
        fetch: async (url, init) => {
          const res = await fetch(url, init as RequestInit);
          raw = await res.clone().text();
          return res;
        },
      }),
    ],
  });
  try {
    const data = type === "query" ? await client.query(path, input) : await client.mutation(path, input);
    return { ok: true, data, raw };
  } catch (e) {
    if (!(e instanceof TRPCClientError)) throw e;
    const data = e.data as ErrorShape["data"] | undefined;
    return { ok: false, code: data?.code, httpStatus: data?.httpStatus, message: e.message, raw };
  }
}

interface SseEvent {
  event: string;
  data: string;
}

function parseEvent(chunk: string): SseEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of chunk.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  return data.length > 0 || event !== "message" ? { event, data: data.join("\n") } : null;
}

/**
 * Opens a subscription and reads until its first real event: a data event (or the end of the
 * stream) is success; a `serialized-error` event is the refusal. tRPC answers 200 either way.
 */
async function firstSubscriptionEvent(base: string, token: string | undefined, path: string, input: unknown): Promise<CallResult> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SUBSCRIPTION_WAIT_MS);
  let raw = "";
  try {
    const res = await fetch(`${base}/api/trpc/${path}${query}`, {
      headers: { accept: "text/event-stream", ...authHeaders(token) },
      signal: abort.signal,
    });
    if (!res.headers.get("content-type")?.includes("text/event-stream") || !res.body) {
      raw = await res.text();
      return { ok: false, code: `HTTP_${res.status}`, httpStatus: res.status, message: raw.slice(0, 200), raw };
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ok: true, raw };
      const text = decoder.decode(value, { stream: true });
      raw += text;
      buffer += text;
      for (let idx = buffer.indexOf("\n\n"); idx >= 0; idx = buffer.indexOf("\n\n")) {
        const e = parseEvent(buffer.slice(0, idx));
        buffer = buffer.slice(idx + 2);
        if (!e || e.event === "connected" || e.event === "ping") continue;
        if (e.event === "serialized-error") {
          const shape = superjson.deserialize<ErrorShape>(JSON.parse(e.data));
          return { ok: false, code: shape.data?.code, httpStatus: shape.data?.httpStatus, message: shape.message, raw };
        }
        return { ok: true, data: e.event === "return" ? undefined : superjson.deserialize(JSON.parse(e.data)), raw };
      }
    }
  } catch (e) {
    if (abort.signal.aborted) return { ok: false, code: "TIMEOUT", message: `no event within ${SUBSCRIPTION_WAIT_MS} ms`, raw };
    throw e;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

export interface StreamResult {
  status: number;
  contentType: string;
  /** The JSON error body, or the first bytes of the stream. */
  raw: string;
}

/** Opens a REST text/event-stream route; reads its first bytes (or the error body) and hangs up. */
export async function openRestStream(url: string, token: string | undefined): Promise<StreamResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SUBSCRIPTION_WAIT_MS);
  try {
    const res = await fetch(url, { headers: authHeaders(token), signal: abort.signal });
    const contentType = res.headers.get("content-type") ?? "";
    if (!contentType.includes("text/event-stream") || !res.body) return { status: res.status, contentType, raw: await res.text() };
    const first = await res.body.getReader().read();
    return { status: res.status, contentType, raw: first.value ? new TextDecoder().decode(first.value) : "" };
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}
