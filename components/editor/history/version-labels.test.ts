import { describe, expect, it } from "vitest";
import {
  DRAFT,
  defaultComparison,
  draftState,
  parseSideKey,
  shortHash,
  sideKey,
  sideLabel,
  type VersionInfo,
  versionSide,
  versionTitle,
} from "@/components/editor/history/version-labels";

function version(number: number, extra: Partial<VersionInfo> = {}): VersionInfo {
  return { id: `id${number}`, number, codeHash: `${number}`.repeat(64), message: null, createdBy: "ada", deployed: false, ...extra };
}

describe("labels", () => {
  const versions = [version(3, { message: "Add /health" }), version(2, { deployed: true, message: "ignored when live" }), version(1)];

  it("shortens a code hash to 7 digits", () => {
    expect(shortHash("a1b2c3d4e5f6")).toBe("a1b2c3d");
  });
  it("names the draft, the live version, a version with a message and one without", () => {
    expect(sideLabel(DRAFT, versions)).toBe("Editor (draft)");
    expect(sideLabel(versionSide("id2"), versions)).toBe("v2 · live");
    expect(sideLabel(versionSide("id3"), versions)).toBe("v3 · Add /health");
    expect(sideLabel(versionSide("id1"), versions)).toBe("v1");
    expect(sideLabel(versionSide("gone"), versions)).toBe("Version");
  });
  it("titles a version with its message when it has one", () => {
    expect(versionTitle({ number: 4, message: "  Fix typo " })).toBe("v4 (Fix typo)");
    expect(versionTitle({ number: 4, message: "   " })).toBe("v4");
  });
  it("round-trips side keys", () => {
    expect(parseSideKey(sideKey(DRAFT))).toEqual(DRAFT);
    expect(parseSideKey(sideKey(versionSide("abc:def")))).toEqual(versionSide("abc:def"));
  });
});

describe("defaultComparison", () => {
  it("compares an older version with the live one, older on the left", () => {
    const versions = [version(3, { deployed: true }), version(2), version(1)];
    expect(defaultComparison(version(1), versions)).toEqual({ left: versionSide("id1"), right: versionSide("id3") });
  });
  it("compares a newer version with the live one after a rollback, live (older) on the left", () => {
    const versions = [version(3), version(2), version(1, { deployed: true })];
    expect(defaultComparison(version(3), versions)).toEqual({ left: versionSide("id1"), right: versionSide("id3") });
  });
  it("compares the live version with the editor's draft", () => {
    const versions = [version(2, { deployed: true }), version(1)];
    expect(defaultComparison(versions[0] as VersionInfo, versions)).toEqual({ left: versionSide("id2"), right: DRAFT });
  });
  it("compares with the draft when nothing is live", () => {
    expect(defaultComparison(version(1), [version(1)])).toEqual({ left: versionSide("id1"), right: DRAFT });
  });
});

describe("draftState", () => {
  it("tells never deployed, still hashing, same and different apart", () => {
    expect(draftState("abc", null)).toBe("never");
    expect(draftState(null, { codeHash: "abc" })).toBe("unknown");
    expect(draftState("abc", { codeHash: "abc" })).toBe("deployed");
    expect(draftState("abd", { codeHash: "abc" })).toBe("changed");
  });
});
