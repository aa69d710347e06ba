import { describe, expect, it } from "vitest";
import { queryErrorOf } from "@/components/explorer/query-error";

describe("queryErrorOf", () => {
  it("finds the field the server's message is about", () => {
    expect(queryErrorOf("filter: operator $where is not allowed (server-side JavaScript)").field).toBe("filter");
    expect(queryErrorOf("projection: cannot mix inclusion (1) and exclusion (0), except for _id").field).toBe("projection");
    expect(queryErrorOf("sort: n holds an array in some documents").field).toBe("sort");
    expect(queryErrorOf("filter must be at most 16 KB").field).toBe("filter");
  });

  it("leaves messages about the whole query unassigned", () => {
    expect(queryErrorOf("after: not a cursor returned by this API")).toEqual({
      field: null,
      message: "after: not a cursor returned by this API",
    });
    expect(queryErrorOf("MongoDB refused the query: unknown operator").field).toBeNull();
  });
});
