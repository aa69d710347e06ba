/** What changed between two file sets, for the compare view's file list. Pure, so it is unit tested. */

export type FileChangeKind = "added" | "removed" | "changed" | "unchanged";

export interface FileChange {
  path: string;
  kind: FileChangeKind;
  /** Lines only in the newer side. */
  added: number;
  /** Lines only in the older side. */
  removed: number;
}

/** Above this many cells the line counts are an upper bound instead of an exact LCS. */
const MAX_CELLS = 4_000_000;

/** A final newline ends the last line; it does not start another one. */
function lines(text: string): string[] {
  if (text === "") return [];
  const all = text.split(/\r?\n/);
  if (all[all.length - 1] === "") all.pop();
  return all;
}

/** Length of the longest common subsequence of two line lists, in O(n·m) time and O(m) memory. */
function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? 0;
}

/** Lines added and removed going from `before` to `after` (like `git diff --stat`). */
export function lineChanges(before: string, after: string): { added: number; removed: number } {
  const a = lines(before);
  const b = lines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length === 0 || midB.length === 0 || midA.length * midB.length > MAX_CELLS) {
    return { added: midB.length, removed: midA.length };
  }
  const common = lcsLength(midA, midB);
  return { added: midB.length - common, removed: midA.length - common };
}

/** Every path of either side, sorted, with what happened to it going from `before` to `after`. */
export function summarizeDiff(before: Record<string, string>, after: Record<string, string>): FileChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths.map((path) => {
    const was = Object.hasOwn(before, path) ? before[path] : undefined;
    const now = Object.hasOwn(after, path) ? after[path] : undefined;
    if (was === undefined) return { path, kind: "added", added: lines(now ?? "").length, removed: 0 };
    if (now === undefined) return { path, kind: "removed", added: 0, removed: lines(was).length };
    if (was === now) return { path, kind: "unchanged", added: 0, removed: 0 };
    return { path, kind: "changed", ...lineChanges(was, now) };
  });
}

/** The file to show first: the first one that changed, else the preferred one, else the first. */
export function firstFileToShow(changes: FileChange[], preferred: string): string | null {
  return changes.find((c) => c.kind !== "unchanged")?.path ?? changes.find((c) => c.path === preferred)?.path ?? changes[0]?.path ?? null;
}

/** "3 files changed, +12 −4" figures for the compare header. */
export function diffTotals(changes: FileChange[]): { files: number; added: number; removed: number } {
  const changed = changes.filter((c) => c.kind !== "unchanged");
  return {
    files: changed.length,
    added: changed.reduce((n, c) => n + c.added, 0),
    removed: changed.reduce((n, c) => n + c.removed, 0),
  };
}
