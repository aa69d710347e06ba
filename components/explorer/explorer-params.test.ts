import { describe, expect, it } from "vitest";
import { explorerUrl, formatSort, parseSort, readParams, toPageSize } from "@/components/explorer/explorer-params";

const read = (query: string) => readParams(new URLSearchParams(query));

describe("explorer URL params", () => {
  it("reads a dashboard link", () => {
    expect(read("db=kiln_u_1&collection=items")).toEqual({
      db: "kiln_u_1",
      collection: "items",
      filter: "",
      sort: "",
      projection: "",
      limit: 25,
    });
  });

  it("ignores a collection without a database and unknown page sizes", () => {
    expect(read("collection=items&limit=7")).toMatchObject({ db: null, collection: null, limit: 25 });
    expect(toPageSize("100")).toBe(100);
  });

  it("round-trips a query, leaving defaults out of the URL", () => {
    const params = { db: "d", collection: "c", filter: '{"n": {"$gt": 3}}', sort: "-n", projection: '{"n": 1}', limit: 50 as const };
    const url = explorerUrl(params);
    expect(read(url.slice("/data?".length))).toEqual(params);
    expect(explorerUrl({ db: "d", collection: null, limit: 25 })).toBe("/data?db=d");
    expect(explorerUrl({})).toBe("/data");
  });

  it("splits and joins sort directions", () => {
    expect(parseSort("-createdAt")).toEqual({ field: "createdAt", direction: "desc" });
    expect(parseSort("name")).toEqual({ field: "name", direction: "asc" });
    expect(formatSort(" n ", "desc")).toBe("-n");
    expect(formatSort("", "desc")).toBe("");
    expect(formatSort("-n", "asc")).toBe("n");
  });
});
