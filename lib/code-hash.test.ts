import { describe, expect, it } from "vitest";
import { codeHash } from "./code-hash";

describe("codeHash", () => {
  it("does not depend on key order", async () => {
    expect(await codeHash({ "a.py": "1", "b.py": "2" })).toBe(await codeHash({ "b.py": "2", "a.py": "1" }));
  });
  it("changes when a file moves content to another path", async () => {
    expect(await codeHash({ "a.py": "x", "b.py": "" })).not.toBe(await codeHash({ "a.py": "", "b.py": "x" }));
  });
  it("is hex sha-256", async () => {
    expect(await codeHash({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
