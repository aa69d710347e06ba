/** How versions and compare sides are named and picked. Pure, so it is unit tested. */

/** One side of a comparison: the editor's working copy, or a stored version. */
export type DiffSide = { kind: "draft" } | { kind: "version"; id: string };

export interface Comparison {
  left: DiffSide;
  right: DiffSide;
}

export interface VersionInfo {
  id: string;
  number: number;
  codeHash: string;
  message: string | null;
  createdBy: string | null;
  deployed: boolean;
}

export const DRAFT: DiffSide = { kind: "draft" };

export function versionSide(id: string): DiffSide {
  return { kind: "version", id };
}

/** The first 7 hex digits, like git. */
export function shortHash(hash: string): string {
  return hash.slice(0, 7);
}

export function versionLabel(v: { number: number }): string {
  return `v${v.number}`;
}

/** "Editor (draft)", "v2 · live", "v3 · Add /health"; a version not in the list is just "Version". */
export function sideLabel(side: DiffSide, versions: readonly VersionInfo[]): string {
  if (side.kind === "draft") return "Editor (draft)";
  const v = versions.find((x) => x.id === side.id);
  if (!v) return "Version";
  const note = v.deployed ? "live" : v.message?.trim();
  return note ? `${versionLabel(v)} · ${note}` : versionLabel(v);
}

/** A string key per side, for <select> values and React keys. */
export function sideKey(side: DiffSide): string {
  return side.kind === "draft" ? "draft" : `version:${side.id}`;
}

export function parseSideKey(key: string): DiffSide {
  return key.startsWith("version:") ? versionSide(key.slice("version:".length)) : DRAFT;
}

/**
 * What "Compare" on a version shows first: that version against the live one (older on the
 * left), or, for the live version itself (or when nothing is live), against the editor's draft.
 */
export function defaultComparison(selected: VersionInfo, versions: readonly VersionInfo[]): Comparison {
  const live = versions.find((v) => v.deployed);
  if (!live || live.id === selected.id) return { left: versionSide(selected.id), right: DRAFT };
  return selected.number < live.number
    ? { left: versionSide(selected.id), right: versionSide(live.id) }
    : { left: versionSide(live.id), right: versionSide(selected.id) };
}

export type DraftState = "never" | "unknown" | "deployed" | "changed";

/** The editor's draft against the live version: never deployed, still hashing, the same, or different. */
export function draftState(draftHash: string | null, deployed: { codeHash: string } | null): DraftState {
  if (deployed === null) return "never";
  if (draftHash === null) return "unknown";
  return draftHash === deployed.codeHash ? "deployed" : "changed";
}

/** Who and what, for a confirm dialog or a toast: "v3 (Add /health)". */
export function versionTitle(v: { number: number; message: string | null }): string {
  const message = v.message?.trim();
  return message ? `${versionLabel(v)} (${message})` : versionLabel(v);
}
