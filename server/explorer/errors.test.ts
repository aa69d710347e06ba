import { MongoNetworkError, MongoServerError } from "mongodb";
import { describe, expect, it } from "vitest";
import { explorerFailure } from "./errors";

const serverError = (code: number, codeName: string, message: string) =>
  new MongoServerError({ ok: 0, code, codeName, errmsg: message, message });

describe("explorerFailure", () => {
  it("a query MongoDB stopped for time is a 400 that says so", () => {
    const e = explorerFailure(serverError(50, "MaxTimeMSExpired", "operation exceeded time limit"), "reading documents", 5000);
    expect(e).toMatchObject({
      code: "BAD_REQUEST",
      message: "query took too long: MongoDB stopped it after 5000 ms (reading documents); narrow the filter or sort by an indexed field",
      details: { reason: "timeout", maxTimeMS: 5000 },
    });
  });

  it("a malformed query is a 400 in MongoDB's words; a refused read is a 403", () => {
    expect(explorerFailure(serverError(2, "BadValue", "$in needs an array"), "counting documents", 5000)).toMatchObject({
      code: "BAD_REQUEST",
      message: "MongoDB refused the query: $in needs an array",
      details: { code: 2, codeName: "BadValue" },
    });
    expect(explorerFailure(serverError(13, "Unauthorized", "not authorized on x"), "reading documents", 5000)).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("anything else is the shared sanitized 503", () => {
    expect(explorerFailure(serverError(11600, "InterruptedAtShutdown", "host db1.internal:27017 going down"), "x", 5000)).toMatchObject({
      code: "UNAVAILABLE",
      message: "MongoDB refused the operation (x: InterruptedAtShutdown)",
    });
    const down = explorerFailure(new MongoNetworkError("connect ECONNREFUSED 10.0.0.1:27017"), "x", 5000);
    expect(down).toMatchObject({ code: "UNAVAILABLE", details: { mongo: "down" } });
    expect(down.message).not.toContain("10.0.0.1");
  });
});

describe("error codes of unpromoted replies", () => {
  it("reads an Int32 code (find with promoteValues: false) like a number", async () => {
    const { Int32 } = await import("bson");
    const e = new MongoServerError({ ok: 0, code: new Int32(50) as unknown as number, codeName: "MaxTimeMSExpired", errmsg: "x" });
    expect(explorerFailure(e, "reading documents", 10)).toMatchObject({
      code: "BAD_REQUEST",
      details: { reason: "timeout", maxTimeMS: 10 },
    });
  });
});

describe("the explorer's own credentials refused", () => {
  it("is a 503 that names the explorer's user, not Kiln's", () => {
    const e = explorerFailure(new MongoServerError({ ok: 0, code: 18, codeName: "AuthenticationFailed", errmsg: "auth failed" }), "x", 10);
    expect(e).toMatchObject({
      code: "UNAVAILABLE",
      details: { mongo: "up" },
      message: expect.stringContaining("explorer's read-only user"),
    });
  });
});
