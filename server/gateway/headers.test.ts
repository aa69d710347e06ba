import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { hasNoBody, setForwarded, stripHopByHop } from "@/server/gateway/headers";

describe("stripHopByHop", () => {
  it("drops hop-by-hop headers and those named in Connection", () => {
    const h: IncomingHttpHeaders = {
      connection: "keep-alive, x-hop",
      "keep-alive": "timeout=5",
      "x-hop": "1",
      te: "trailers",
      accept: "*/*",
    };
    stripHopByHop(h);
    expect(h).toEqual({ accept: "*/*" });
  });
  it("keeps what an upgrade needs", () => {
    const h: IncomingHttpHeaders = { connection: "Upgrade", upgrade: "websocket", "proxy-authorization": "x" };
    stripHopByHop(h, ["connection", "upgrade"]);
    expect(h).toEqual({ connection: "Upgrade", upgrade: "websocket" });
  });
});

describe("setForwarded", () => {
  it("appends the client to X-Forwarded-For and fills proto and host", () => {
    const h: IncomingHttpHeaders = { host: "todo.localhost:3000", "x-forwarded-for": "10.0.0.1" };
    setForwarded(h, { remoteAddress: "127.0.0.1", encrypted: false });
    expect(h).toMatchObject({
      "x-forwarded-for": "10.0.0.1, 127.0.0.1",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "todo.localhost:3000",
    });
  });
  it("keeps proto and host set by a proxy in front", () => {
    const h: IncomingHttpHeaders = { host: "a", "x-forwarded-proto": "https", "x-forwarded-host": "todo.example.com" };
    setForwarded(h, { remoteAddress: "10.1.1.1", encrypted: false });
    expect(h).toMatchObject({ "x-forwarded-proto": "https", "x-forwarded-host": "todo.example.com" });
  });
});

describe("hasNoBody", () => {
  it("tells replayable requests apart", () => {
    expect(hasNoBody({})).toBe(true);
    expect(hasNoBody({ "content-length": "0" })).toBe(true);
    expect(hasNoBody({ "content-length": "3" })).toBe(false);
    expect(hasNoBody({ "transfer-encoding": "chunked" })).toBe(false);
  });
});
