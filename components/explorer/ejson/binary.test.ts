import { describe, expect, it } from "vitest";
import { base64ToBytes, formatUuid, hexPreview, normalizeSubType } from "@/components/explorer/ejson/binary";

describe("binary helpers", () => {
  it("decodes base64 and previews the first bytes as hex", () => {
    const bytes = base64ToBytes("CgsMDQ==");
    expect(bytes && Array.from(bytes)).toEqual([10, 11, 12, 13]);
    expect(hexPreview(bytes!)).toBe("0a0b0c0d");
    expect(hexPreview(new Uint8Array(20).fill(255), 4)).toBe("ffffffff…");
  });

  it("answers null for text that is not base64", () => {
    expect(base64ToBytes("not base64!")).toBeNull();
  });

  it("formats 16 bytes as a UUID and nothing else", () => {
    const bytes = base64ToBytes("ASNFZ4mrze8BI0VniavN7w==")!;
    expect(formatUuid(bytes)).toBe("01234567-89ab-cdef-0123-456789abcdef");
    expect(formatUuid(new Uint8Array(4))).toBeNull();
  });

  it("normalises subtypes to two hex digits", () => {
    expect(normalizeSubType("4")).toBe("04");
    expect(normalizeSubType("0x80")).toBe("80");
    expect(normalizeSubType(4)).toBe("04");
    expect(normalizeSubType(undefined)).toBe("00");
  });
});
