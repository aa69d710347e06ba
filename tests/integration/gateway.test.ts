/**
 * The gateway in front of real runner processes: a node http server routes app hosts to the
 * gateway the way Kiln's own server does, and clients talk to it on 127.0.0.1 with a Host
 * header (Node's resolver does not map *.localhost to loopback).
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Gateway } from "@/server/gateway";
import type { LogLine, Runtime } from "@/server/runtime/types";
import { fixtureFiles, fixtureSpec } from "@/tests/fixtures/apps/load";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-gateway-"));
process.env.KILN_DATA_DIR = dataDir; // before server/env is first imported (below, in beforeAll)

const SLUGS: Record<string, string> = { hello: "app-hello", echo: "app-echo", ghost: "app-ghost", dead: "app-dead" };
let rt: Runtime;
let server: http.Server;
let port: number;
let deadPort: number;
const requested: string[] = [];

beforeAll(async () => {
  const { LocalRuntime } = await import("@/server/runtime/local/driver");
  const { createGateway } = await import("@/server/gateway");
  rt = new LocalRuntime();
  for (const [name, id] of [
    ["hello", "app-hello"],
    ["echo", "app-echo"],
  ] as const) {
    let last: string | undefined;
    for await (const e of rt.deploy(await fixtureSpec(id, fixtureFiles(name)))) last = e.phase;
    expect(last).toBe("ready");
  }
  // A port nobody listens on, for an app whose process is unreachable.
  deadPort = await new Promise<number>((resolve) => {
    const s = http.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const runtime: Runtime = Object.create(rt, {
    endpoint: { value: (id: string) => (id === "app-dead" ? Promise.resolve(new URL(`http://127.0.0.1:${deadPort}`)) : rt.endpoint(id)) },
  });
  const gateway: Gateway = createGateway({
    appsDomain: "localhost",
    runtime,
    resolveSlug: async (slug) => (SLUGS[slug] ? { appId: SLUGS[slug] } : null),
    onRequest: (appId) => requested.push(appId),
  });
  server = http.createServer((req, res) => {
    if (gateway.matches(req.headers.host)) return gateway.handleRequest(req, res);
    res.writeHead(200, { "content-type": "text/plain" }).end("kiln ui");
  });
  server.on("upgrade", (req, socket, head) => {
    if (gateway.matches(req.headers.host)) return gateway.handleUpgrade(req, socket, head);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rt.shutdown();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(host: string, p: string, o: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: p, method: o.method ?? "GET", headers: { host: `${host}:${port}`, ...o.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(o.body);
  });
}

const json = (a: Answer) => JSON.parse(a.body.toString("utf8")) as Record<string, unknown>;

function waitForLog(appId: string, match: (l: LogLine) => boolean): Promise<LogLine> {
  const ac = new AbortController();
  return (async () => {
    for await (const line of rt.logs(appId, { tail: 0, follow: true, signal: ac.signal })) if (match(line)) return line;
    throw new Error("log ended");
  })().finally(() => ac.abort());
}

describe("gateway", () => {
  it("routes {slug}.{appsDomain} to the app, any case, with or without a port", async () => {
    const a = await request("hello.localhost", "/");
    expect(a.status).toBe(200);
    expect(json(a)).toMatchObject({ app: "hello" });
    expect(json(await request("HELLO.LocalHost", "/"))).toMatchObject({ app: "hello" });
    expect(requested).toContain("app-hello");
    const other = await request("localhost", "/");
    expect(other.body.toString()).toBe("kiln ui");
  });

  it("sets X-Forwarded-* and strips hop-by-hop headers", async () => {
    const a = await request("echo.localhost", "/headers", {
      headers: { connection: "keep-alive, x-hop", "x-hop": "secret", "keep-alive": "timeout=5", "x-user": "kept" },
    });
    const seen = json(a);
    expect(seen).toMatchObject({
      "x-forwarded-for": "127.0.0.1",
      "x-forwarded-proto": "http",
      "x-forwarded-host": `echo.localhost:${port}`,
    });
    expect(seen["x-user"]).toBe("kept");
    expect(seen["x-hop"]).toBeUndefined();
    expect(seen["keep-alive"]).toBeUndefined();
  });

  it("answers an unknown app with 404 as JSON or HTML by Accept", async () => {
    const asJson = await request("nope.localhost", "/", { headers: { accept: "application/json" } });
    expect(asJson.status).toBe(404);
    expect(asJson.headers["content-type"]).toContain("application/json");
    expect(json(asJson)).toEqual({ error: { code: "not_found", message: expect.stringContaining("nope") } });
    const byDefault = await request("nope.localhost", "/", { headers: { accept: "*/*" } });
    expect(byDefault.headers["content-type"]).toContain("application/json");
    const asHtml = await request("nope.localhost", "/", { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(asHtml.status).toBe(404);
    expect(asHtml.headers["content-type"]).toContain("text/html");
    expect(asHtml.body.toString()).toContain("nope");
    expect(asHtml.body.toString()).not.toMatch(/<(link|script|img)\b/);
  });

  it("answers 503 for an app that is not deployed and 502 when its process does not answer", async () => {
    const ghost = await request("ghost.localhost", "/");
    expect(ghost.status).toBe(503);
    expect(json(ghost)).toMatchObject({ error: { code: "service_unavailable" } });
    const dead = await request("dead.localhost", "/", { headers: { accept: "text/html" } });
    expect(dead.status).toBe(502);
    expect(dead.body.toString()).toContain("dead");
    for (const a of [ghost, dead]) {
      expect(a.body.toString()).not.toContain(String(deadPort));
      expect(a.body.toString()).not.toContain(dataDir);
    }
  });

  it("streams a 1 MB request body through and back intact", async () => {
    const body = randomBytes(1024 * 1024);
    const a = await request("echo.localhost", "/echo", { method: "POST", body, headers: { "content-type": "application/octet-stream" } });
    expect(a.status).toBe(200);
    expect(a.body.length).toBe(body.length);
    expect(createHash("sha256").update(a.body).digest("hex")).toBe(createHash("sha256").update(body).digest("hex"));
  });

  it("delivers a streaming response incrementally", async () => {
    const chunks: string[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      const req = http.get(
        { host: "127.0.0.1", port, path: "/stream", headers: { host: `echo.localhost:${port}` }, agent: false },
        (res) => {
          expect(res.headers["content-type"]).toContain("text/event-stream");
          res.setEncoding("utf8");
          res.on("data", (c: string) => {
            chunks.push(c);
            // The app sends the second event only after /release: the first must arrive alone.
            if (chunks.length === 1) {
              expect(c).toContain("data: first");
              void request("echo.localhost", "/release");
            }
          });
          res.on("end", resolve);
        },
      );
      req.on("error", reject);
    });
    await ended;
    expect(chunks[0]).not.toContain("second");
    expect(chunks.join("")).toContain("data: second");
  });

  it("passes WebSocket upgrades through", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host: `echo.localhost:${port}` } });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    const reply = new Promise<string>((resolve) => ws.once("message", (m: Buffer) => resolve(m.toString())));
    ws.send("ping");
    expect(await reply).toBe("echo: ping");
    const closed = new Promise((resolve) => ws.once("close", resolve));
    ws.close();
    await closed;
  });

  it("refuses a WebSocket upgrade for an unknown app with a 404", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host: `nope.localhost:${port}` } });
    const status = await new Promise<number>((resolve) => ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(404);
  });

  it("wakes a sleeping app on its first request", async () => {
    await rt.sleep("app-hello");
    expect(await rt.status("app-hello")).toBe("sleeping");
    const a = await request("hello.localhost", "/");
    expect(a.status).toBe(200);
    expect(json(a)).toMatchObject({ app: "hello" });
    expect(await rt.status("app-hello")).toBe("running");
  });

  it("answers 503 with Retry-After while a crashed app restarts", async () => {
    const { pid } = json(await request("hello.localhost", "/pid")) as { pid: number };
    const crashed = waitForLog("app-hello", (l) => l.text.includes("killed by SIGKILL"));
    const back = waitForLog("app-hello", (l) => /^version \w+ is ready$/.test(l.text));
    process.kill(pid, "SIGKILL");
    await crashed;
    const a = await request("hello.localhost", "/");
    expect(a.status).toBe(503);
    expect(Number(a.headers["retry-after"])).toBeGreaterThan(0);
    await back;
    expect((await request("hello.localhost", "/")).status).toBe(200);
  });
});

describe("after an app error", () => {
  it("does not reuse the connection uvicorn closes after a 500, so the next POST arrives", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await request("echo.localhost", "/boom")).status).toBe(500);
      const body = randomBytes(2048);
      const echoed = await request("echo.localhost", "/echo", {
        method: "POST",
        body,
        headers: { "content-type": "application/octet-stream" },
      });
      expect(echoed.status).toBe(200);
      expect(echoed.body.equals(body)).toBe(true);
    }
  });
});
