import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { handleHealth } from "@/server/api/health";
import { handleRest, REST_PREFIX } from "@/server/api/rest";
import { handleTrpc, TRPC_ENDPOINT } from "@/server/api/trpc";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { createGateway } from "@/server/gateway";
import { createActivity } from "@/server/gateway/activity";
import { sendResponse, toRequest } from "@/server/http/fetch-bridge";
import { getRuntime } from "@/server/runtime";

export interface UiHandler {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> | void;
  upgrade?(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/**
 * One port for everything (DESIGN.md): app hosts go to the gateway, /api to Kiln's API,
 * the rest to the Next.js UI (absent in API-only test servers).
 */
export function createKilnServer(ui?: UiHandler): http.Server {
  const activity = createActivity();
  const e = env();
  const gateway = createGateway({
    appsDomain: e.KILN_APPS_DOMAIN,
    runtime: getRuntime(),
    resolveSlug: async (slug) => {
      const app = await db().app.findUnique({ where: { slug }, select: { id: true, status: true } });
      return app ? { appId: app.id, sleeping: app.status === "sleeping" } : null;
    },
    onRequest: (appId, info) => activity.request(appId, info),
    onWakeFailed: (appId) => activity.wakeFailed(appId),
    wakeTimeoutMs: (e.KILN_WAKE_TIMEOUT ?? e.KILN_DEPLOY_TIMEOUT) * 1000,
  });

  const api = async (req: IncomingMessage, res: ServerResponse, handler: (r: Request) => Promise<Response>) => {
    const origin = `http://${req.headers.host ?? "localhost"}`;
    await sendResponse(res, await handler(toRequest(req, res, origin)));
  };

  const server = http.createServer((req, res) => {
    if (gateway.matches(req.headers.host)) return gateway.handleRequest(req, res);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const done = (p: Promise<void>) =>
      p.catch((e) => {
        console.error("[kiln] request failed:", e);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong inside Kiln" } }));
      });
    if (path === "/api/health") return void done(api(req, res, () => handleHealth()));
    if (path === REST_PREFIX || path.startsWith(`${REST_PREFIX}/`)) return void done(api(req, res, handleRest));
    if (path.startsWith(`${TRPC_ENDPOINT}/`)) return void done(api(req, res, handleTrpc));
    if (ui) return void done(Promise.resolve(ui.handle(req, res)));
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "not_found", message: `No route ${req.method} ${path}` } }));
  });

  server.on("upgrade", (req, socket, head) => {
    if (gateway.matches(req.headers.host)) return gateway.handleUpgrade(req, socket, head);
    if (ui?.upgrade) return ui.upgrade(req, socket, head);
    socket.destroy();
  });
  return server;
}
