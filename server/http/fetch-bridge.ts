import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** The peer's address as Kiln saw the socket; set here only, any inbound copy is dropped. */
export const PEER_HEADER = "x-kiln-peer";

/** node:http request → WHATWG Request (body streamed, aborted when the client goes away). */
export function toRequest(req: IncomingMessage, res: ServerResponse, origin: string): Request {
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || k === PEER_HEADER) continue;
    for (const item of Array.isArray(v) ? v : [v]) headers.append(k, item);
  }
  if (req.socket.remoteAddress) headers.set(PEER_HEADER, req.socket.remoteAddress);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: controller.signal,
    // @ts-expect-error Node's fetch needs duplex for streamed request bodies
    duplex: "half",
  });
}

/** WHATWG Response → node:http response, streaming the body. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key === "set-cookie") return;
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on("close", () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((r) => res.once("drain", r));
    }
  } catch {
    // client went away
  } finally {
    res.end();
  }
}
