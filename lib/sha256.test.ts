import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256";

describe("sha256Hex (fallback for non-secure contexts)", () => {
  it("matches node's SHA-256 at block boundaries and on random data", () => {
    const inputs = [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000].map((n) => randomBytes(n));
    for (const input of inputs) expect(sha256Hex(input)).toBe(createHash("sha256").update(input).digest("hex"));
  });

  it("knows the empty string's digest", () => {
    expect(sha256Hex(new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
