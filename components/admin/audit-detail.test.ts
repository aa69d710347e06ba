import { describe, expect, it } from "vitest";
import { detailEntries, detailFolds, detailSummary, formatDetailValue } from "@/components/admin/audit-detail";

describe("formatDetailValue", () => {
  it("writes scalars bare and nothing as a dash", () => {
    expect(formatDetailValue("wrong password")).toBe("wrong password");
    expect(formatDetailValue(3)).toBe("3");
    expect(formatDetailValue(false)).toBe("false");
    expect(formatDetailValue(null)).toBe("—");
    expect(formatDetailValue(undefined)).toBe("—");
  });
  it("writes lists and objects compactly, nested as they come", () => {
    expect(formatDetailValue(["numpy", "pandas"])).toBe("[numpy, pandas]");
    expect(formatDetailValue([])).toBe("[]");
    expect(formatDetailValue({ added: ["numpy"], removed: [] })).toBe("{added: [numpy], removed: []}");
    expect(formatDetailValue({ memoryMb: 512, cpuMillis: 1000 })).toBe("{memoryMb: 512, cpuMillis: 1000}");
  });
});

describe("detailEntries and detailSummary", () => {
  it("keep the server's order and join on one line", () => {
    const entries = detailEntries({ from: "user", to: "admin" });
    expect(entries).toEqual([
      { key: "from", value: "user" },
      { key: "to", value: "admin" },
    ]);
    expect(detailSummary(entries)).toBe("from: user · to: admin");
  });
  it("give nothing for a missing or empty detail", () => {
    expect(detailEntries(null)).toEqual([]);
    expect(detailEntries({})).toEqual([]);
    expect(detailSummary([])).toBe("");
  });
});

describe("detailFolds", () => {
  it("folds several entries or one long one, not one short one", () => {
    expect(detailFolds(detailEntries({ kind: "cookie" }))).toBe(false);
    expect(detailFolds(detailEntries({ from: "user", to: "admin" }))).toBe(true);
    expect(detailFolds(detailEntries({ allowedImports: { added: ["numpy", "pandas", "scipy", "sklearn"], removed: [] } }))).toBe(true);
    expect(detailFolds([])).toBe(false);
  });
});
