/** The order a template's files are listed in its preview, and the one shown first. */

const ENTRY_FILES = ["app.py", "main.py"];

function depth(path: string): number {
  return path.split("/").length - 1;
}

/** The entry file first, then top-level files, then folders' files, each alphabetically. */
export function orderFiles(paths: readonly string[]): string[] {
  const rank = (p: string) => {
    const entry = ENTRY_FILES.indexOf(p);
    return entry >= 0 ? entry - ENTRY_FILES.length : depth(p);
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The file to show: the one picked if the template still has it, else the first in order. */
export function shownFile(paths: readonly string[], picked: string | null): string | null {
  if (picked !== null && paths.includes(picked)) return picked;
  return orderFiles(paths)[0] ?? null;
}

export function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}
