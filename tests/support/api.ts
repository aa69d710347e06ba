import http from "node:http";

/** A tiny REST v1 client for tests: JSON in, {status, body} out, Bearer token when given. */
export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function api(base: string, token?: string) {
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as T) : (undefined as T), headers: res.headers };
  };
  return {
    get: <T = any>(p: string) => call<T>("GET", p),
    post: <T = any>(p: string, b?: unknown) => call<T>("POST", p, b ?? {}),
    put: <T = any>(p: string, b: unknown) => call<T>("PUT", p, b),
    del: <T = any>(p: string) => call<T>("DELETE", p),
    patch: <T = any>(p: string, b: unknown) => call<T>("PATCH", p, b),
  };
}

/** Reads a text/event-stream until `until` returns true for a data payload; returns every payload. */
export async function readEvents<T>(url: string, token: string, until: (e: T) => boolean, timeoutMs = 60_000): Promise<T[]> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`stream ${url} answered ${res.status}: ${await res.text()}`);
  const events: T[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return events;
      buffer += decoder.decode(value, { stream: true });
      let idx = buffer.indexOf("\n\n");
      while (idx >= 0) {
        const chunk = buffer.slice(0, idx);
        buffer = buffer.slice(idx + 2);
        const data = chunk.split("\n").find((l) => l.startsWith("data: "));
        if (data) {
          const e = JSON.parse(data.slice(6)) as T;
          events.push(e);
          if (until(e)) return events;
        }
        idx = buffer.indexOf("\n\n");
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/**
 * A request through the gateway. Node resolves no *.localhost names and fetch() overrides the
 * Host header, so this goes to 127.0.0.1 with node:http and an explicit Host.
 */
export function viaGateway(
  port: number,
  slug: string,
  path = "/",
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  return new Promise<Response>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: init.method ?? "GET", headers: { ...init.headers, host: `${slug}.localhost:${port}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") headers.set(k, v);
          resolve(new Response(res.statusCode === 204 ? null : Buffer.concat(chunks), { status: res.statusCode ?? 0, headers }));
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}
