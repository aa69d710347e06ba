/**
 * Header rules for proxied requests and responses. Pure functions over Node's header objects.
 *
 * - Hop-by-hop headers (RFC 9110 §7.6.1) and any header named in Connection are dropped in
 *   both directions; Node's client and server set their own connection framing. The request's
 *   Transfer-Encoding is kept: Node's client then re-frames the body as chunked, which is what
 *   "streamed body of unknown length" has to become on the next hop anyway.
 * - For WebSocket upgrades Connection and Upgrade must reach the app and are kept.
 * - X-Forwarded-For gets the client address appended; X-Forwarded-Proto and -Host are set
 *   unless a proxy in front of Kiln (an ingress terminating TLS) already set them.
 */
import type { IncomingHttpHeaders } from "node:http";

const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "upgrade",
];

/** Delete hop-by-hop headers in place; `keep` names headers to leave (for upgrades). */
export function stripHopByHop(headers: IncomingHttpHeaders, keep: readonly string[] = []): void {
  const listed = String(headers.connection ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  for (const name of [...HOP_BY_HOP, ...listed]) {
    if (!keep.includes(name)) delete headers[name];
  }
}

export function setForwarded(headers: IncomingHttpHeaders, client: { remoteAddress: string | undefined; encrypted: boolean }): void {
  const prior = headers["x-forwarded-for"];
  const addr = client.remoteAddress ?? "";
  headers["x-forwarded-for"] = prior ? `${Array.isArray(prior) ? prior.join(", ") : prior}, ${addr}` : addr;
  headers["x-forwarded-proto"] ??= client.encrypted ? "https" : "http";
  if (headers.host) headers["x-forwarded-host"] ??= headers.host;
}

/** True when the request carries no body, so it can be sent again safely. */
export function hasNoBody(headers: IncomingHttpHeaders): boolean {
  return headers["transfer-encoding"] === undefined && (headers["content-length"] === undefined || headers["content-length"] === "0");
}
