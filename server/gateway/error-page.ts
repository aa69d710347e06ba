/**
 * What the gateway answers when it cannot reach an app: JSON `{"error": {code, message}}` for
 * API clients, a small self-contained HTML page for browsers. Messages name the app and the
 * problem, never an internal port or path.
 */
import type { ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";

export interface GatewayError {
  status: 404 | 502 | 503;
  code: "not_found" | "bad_gateway" | "service_unavailable";
  message: string;
  /** The HTML page's heading; by default one per status. */
  title?: string;
  retryAfterSeconds?: number;
}

/** HTML only when the client asks for HTML at least as much as for JSON (browsers do). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
    if (Number.isNaN(q)) continue;
    if (type === "text/html" || type === "application/xhtml+xml") html = Math.max(html, q);
    if (type === "application/json" || type.endsWith("+json")) json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

export function errorBody(e: GatewayError, slug: string, accept: string | undefined): { type: string; body: string } {
  if (prefersHtml(accept)) return { type: "text/html; charset=utf-8", body: renderHtml(e, slug) };
  return { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: e.code, message: e.message } }) };
}

export function sendError(res: ServerResponse, e: GatewayError, slug: string, accept: string | undefined): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { type, body } = errorBody(e, slug, accept);
  res.writeHead(e.status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    ...(e.retryAfterSeconds !== undefined && { "retry-after": String(e.retryAfterSeconds) }),
  });
  res.end(body);
}

/** The same answer written straight onto a socket whose upgrade cannot be proxied. */
export function sendUpgradeError(socket: Duplex, e: GatewayError, slug: string, accept: string | undefined): void {
  if (socket.destroyed || !socket.writable) return void socket.destroy();
  const { type, body } = errorBody(e, slug, accept);
  const head = [
    `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? ""}`,
    `content-type: ${type}`,
    `content-length: ${Buffer.byteLength(body)}`,
    "cache-control: no-store",
    ...(e.retryAfterSeconds !== undefined ? [`retry-after: ${e.retryAfterSeconds}`] : []),
    "connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}

const TITLES: Record<GatewayError["status"], string> = {
  404: "App not found",
  502: "App not responding",
  503: "App unavailable",
};

export function renderHtml(e: GatewayError, slug: string): string {
  const title = e.title ?? TITLES[e.status];
  const retry = e.retryAfterSeconds !== undefined ? `<meta http-equiv="refresh" content="${e.retryAfterSeconds}">` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${retry}
<title>${escapeHtml(title)} · ${escapeHtml(slug)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;min-height:100vh;display:grid;place-items:center;background:#fafaf9;color:#1c1917}
main{max-width:32rem;padding:2rem}h1{font-size:1.25rem;margin:0 0 .5rem}code{background:#e7e5e4;padding:.1rem .3rem;border-radius:.25rem}
p{margin:.5rem 0;color:#44403c}small{color:#78716c}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(e.message)}</p>
<p><small>App <code>${escapeHtml(slug)}</code> · ${e.status} · served by Kiln</small></p></main></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
