/**
 * The gateway: requests for `{slug}.{appsDomain}` are proxied to the app's endpoint.
 *
 * Built on http-proxy-3 (a maintained TypeScript rewrite of http-proxy): it streams both bodies
 * with pipe() and backpressure, relays a WebSocket handshake including a non-101 answer, and
 * propagates aborts in both directions — the parts that are easy to get subtly wrong by hand.
 * Header policy (hop-by-hop, X-Forwarded-*) stays ours, in headers.ts.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { TLSSocket } from "node:tls";
import { createProxyServer } from "http-proxy-3";
import { type GatewayError, sendError, sendUpgradeError } from "@/server/gateway/error-page";
import { hasNoBody, setForwarded, stripHopByHop } from "@/server/gateway/headers";
import { slugFromHost } from "@/server/gateway/host";
import { type ResolveSlug, resolveTarget, type Target } from "@/server/gateway/target";
import type { Runtime } from "@/server/runtime/types";

export interface GatewayOptions {
  appsDomain: string;
  resolveSlug: ResolveSlug;
  runtime: Runtime;
  /** Called once per proxied request or upgrade (last-request time, idle tracking); `woke`: the app was asleep. */
  onRequest?: (appId: string, info: { woke: boolean; cold: boolean }) => void;
  /** A request's wake failed: the app could not start. */
  onWakeFailed?: (appId: string) => void;
  /** How long a request waits for a sleeping app to wake before a 503 with Retry-After. */
  wakeTimeoutMs?: number;
}

/** Set on a request that had to wake its app; the runner records `cold_start: true` for it. */
export const COLD_START_HEADER = "x-kiln-cold-start";

export interface Gateway {
  /** The slug when `host` is an app host, else null (Kiln's own UI handles the request). */
  matches(host: string | undefined): string | null;
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

const BAD_GATEWAY: GatewayError = {
  status: 502,
  code: "bad_gateway",
  message: "The app did not answer. It may have just restarted; try again in a moment.",
};

export function createGateway(o: GatewayOptions): Gateway {
  // Keep-alive to the apps: no new loopback connection per request.
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 32 });
  const proxy = createProxyServer({ agent, xfwd: false, ws: true });
  proxy.on("error", () => undefined); // every call passes its own callback; this only silences the default throw
  // uvicorn closes the connection after an unhandled exception without saying `Connection: close`;
  // a 5xx socket is therefore never handed back to the pool, or the next request would meet a reset.
  proxy.on("proxyRes", (proxyRes: IncomingMessage) => {
    const upstream = (proxyRes as IncomingMessage & { req?: { shouldKeepAlive: boolean } }).req;
    if ((proxyRes.statusCode ?? 0) >= 500 && upstream) upstream.shouldKeepAlive = false;
  });

  const matches = (host: string | undefined) => slugFromHost(host, o.appsDomain);
  const clientOf = (req: IncomingMessage) => ({
    remoteAddress: req.socket.remoteAddress,
    encrypted: req.socket instanceof TLSSocket,
  });

  /** The target, with the wake's outcome reported whichever way it went. */
  async function resolveTargetReported(slug: string): Promise<Target> {
    const t = await resolveTarget(slug, o);
    if ("url" in t) o.onRequest?.(t.appId, { woke: t.woke, cold: t.cold });
    else if (t.appId && t.wakeFailed) o.onWakeFailed?.(t.appId);
    else if (t.appId && t.wake) {
      const appId = t.appId;
      t.wake.then(
        () => o.onRequest?.(appId, { woke: true, cold: true }),
        () => o.onWakeFailed?.(appId),
      );
    }
    return t;
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const slug = matches(req.headers.host) ?? "";
    const accept = req.headers.accept;
    // A client cannot claim a cold start: only the gateway sets the header.
    delete req.headers[COLD_START_HEADER];
    const target = await resolveTargetReported(slug);
    if ("error" in target) return sendError(res, target.error, slug, accept);
    if (res.destroyed) return;
    if (target.cold) req.headers[COLD_START_HEADER] = "1";
    stripHopByHop(req.headers);
    setForwarded(req.headers, clientOf(req));
    const replayable = hasNoBody(req.headers);
    const idempotent = ["GET", "HEAD", "OPTIONS"].includes(req.method ?? "");
    const forward = (url: URL, attempt: number) =>
      proxy.web(req, res, { target: url }, (err) => {
        // The old process of a just-finished deploy may refuse a request routed to it a moment
        // before the switch, and a kept-alive socket may close just as it is reused: ask the
        // runtime again and retry once, when the request can be replayed safely.
        const code = (err as NodeJS.ErrnoException).code;
        const retry = code === "ECONNREFUSED" || (code === "ECONNRESET" && idempotent);
        if (attempt === 0 && replayable && retry && !res.headersSent) {
          void resolveTarget(slug, o).then((again) => ("url" in again ? forward(again.url, 1) : sendError(res, again.error, slug, accept)));
          return;
        }
        sendError(res, BAD_GATEWAY, slug, accept);
      });
    forward(target.url, 0);
  }

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const slug = matches(req.headers.host) ?? "";
    const accept = req.headers.accept;
    delete req.headers[COLD_START_HEADER];
    const target = await resolveTargetReported(slug);
    if ("error" in target) return sendUpgradeError(socket, target.error, slug, accept);
    if (socket.destroyed) return;
    if (target.cold) req.headers[COLD_START_HEADER] = "1";
    stripHopByHop(req.headers, ["connection", "upgrade"]);
    setForwarded(req.headers, clientOf(req));
    proxy.ws(req, socket, head, { target: target.url, agent: false }, () => {
      // Before the 101 we can still answer; after it the socket carries frames: just close.
      const written = (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;
      if (written === 0) sendUpgradeError(socket, BAD_GATEWAY, slug, accept);
      else socket.destroy();
    });
  }

  return {
    matches,
    handleRequest(req, res) {
      serve(req, res).catch((err: unknown) => {
        console.error("[kiln] gateway request failed:", err);
        sendError(res, BAD_GATEWAY, matches(req.headers.host) ?? "", req.headers.accept);
      });
    },
    handleUpgrade(req, socket, head) {
      socket.on("error", () => undefined); // a vanished client must not crash Kiln
      upgrade(req, socket, head).catch((err: unknown) => {
        console.error("[kiln] gateway upgrade failed:", err);
        socket.destroy();
      });
    },
  };
}
