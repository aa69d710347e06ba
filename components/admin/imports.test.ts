import { describe, expect, it } from "vitest";
import {
  checkNewImport,
  coveringEntry,
  diffFromDefault,
  filterImports,
  MAX_ALLOWED_IMPORTS,
  withImport,
  withoutImport,
} from "@/components/admin/imports";
import { zSettingsPatch } from "@/lib/schemas/admin";

const LIST = ["fastapi", "json", "os", "urllib.parse"];

describe("checkNewImport", () => {
  it("accepts a new top-level or dotted module name, trimmed", () => {
    expect(checkNewImport("  colorsys ", LIST)).toEqual({ ok: true, name: "colorsys" });
    expect(checkNewImport("email.utils", LIST)).toEqual({ ok: true, name: "email.utils" });
    expect(checkNewImport("_private_mod", LIST)).toEqual({ ok: true, name: "_private_mod" });
  });

  it("refuses what the server's schema refuses, and accepts what it accepts", () => {
    for (const bad of ["1abc", "a..b", "a.", ".a", "a-b", "a b", "os/path", "ünï"]) {
      const result = checkNewImport(bad, LIST);
      expect(result.ok, bad).toBe(false);
      expect(zSettingsPatch.safeParse({ allowedImports: [bad] }).success, bad).toBe(false);
    }
    for (const good of ["a", "A_1.b_2", "xml.etree.ElementTree"]) {
      expect(checkNewImport(good, LIST).ok, good).toBe(true);
      expect(zSettingsPatch.safeParse({ allowedImports: [good] }).success, good).toBe(true);
    }
  });

  it("explains an empty or malformed name", () => {
    expect(checkNewImport("   ", LIST)).toEqual({ ok: false, error: expect.stringMatching(/type a module name/i) });
    expect(checkNewImport("a-b", LIST)).toEqual({ ok: false, error: expect.stringContaining("“a-b” is not a module name") });
  });

  it("refuses a duplicate, and a name a parent entry already allows", () => {
    expect(checkNewImport("json", LIST)).toEqual({ ok: false, error: "json is already allowed" });
    expect(checkNewImport("urllib.parse", LIST)).toEqual({ ok: false, error: "urllib.parse is already allowed" });
    expect(checkNewImport("os.path", LIST)).toEqual({ ok: false, error: "os.path is already allowed through os" });
    // A sibling or a prefix that is not a parent is new.
    expect(checkNewImport("urllib.request", LIST).ok).toBe(true);
    expect(checkNewImport("urllib", LIST).ok).toBe(true);
    expect(checkNewImport("osx", LIST).ok).toBe(true);
  });

  it("refuses to grow past the server's limit", () => {
    const full = Array.from({ length: MAX_ALLOWED_IMPORTS }, (_, i) => `m${i}`);
    expect(checkNewImport("colorsys", full)).toEqual({ ok: false, error: expect.stringContaining(String(MAX_ALLOWED_IMPORTS)) });
  });
});

describe("coveringEntry", () => {
  it("finds the entry itself or a parent", () => {
    expect(coveringEntry(LIST, "os")).toBe("os");
    expect(coveringEntry(LIST, "os.path.join")).toBe("os");
    expect(coveringEntry(LIST, "urllib")).toBeUndefined();
  });
});

describe("filterImports", () => {
  it("matches anywhere in the name, ignoring case and spaces around the query, sorted", () => {
    expect(filterImports(["json", "urllib.parse", "fastapi"], "")).toEqual(["fastapi", "json", "urllib.parse"]);
    expect(filterImports(LIST, " PARSE ")).toEqual(["urllib.parse"]);
    expect(filterImports(LIST, "P")).toEqual(["fastapi", "urllib.parse"]);
    expect(filterImports(LIST, "colorsys")).toEqual([]);
  });
});

describe("withImport / withoutImport", () => {
  it("adds in sorted order without duplicates, and removes exactly the entry", () => {
    expect(withImport(LIST, "colorsys")).toEqual(["colorsys", "fastapi", "json", "os", "urllib.parse"]);
    expect(withImport(LIST, "json")).toEqual(LIST);
    expect(withoutImport(LIST, "os")).toEqual(["fastapi", "json", "urllib.parse"]);
    expect(withoutImport(LIST, "urllib")).toEqual(LIST);
  });
});

describe("diffFromDefault", () => {
  it("lists what was added and what was removed", () => {
    expect(diffFromDefault(["colorsys", "json"], ["json", "os"])).toEqual({ added: ["colorsys"], removed: ["os"] });
    expect(diffFromDefault(["json", "os"], ["os", "json"])).toEqual({ added: [], removed: [] });
  });
});
