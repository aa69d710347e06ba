import { ENTRYPOINT } from "@/stores/editor-store";

export const ALLOWED_EXTENSIONS = [".py", ".html", ".css", ".js", ".json", ".txt", ".svg", ".md"] as const;
export const MAX_FILES = 50;

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Why a file name is not acceptable, or null. Flat names, or under static/ ("static/site.css"). */
export function fileNameProblem(path: string, existing: Record<string, string>, current?: string): string | null {
  if (!path) return "Enter a file name";
  const parts = path.split("/");
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== "static"))
    return "Files live at the top level or under static/ (e.g. static/site.css)";
  const base = parts[parts.length - 1] ?? "";
  if (!NAME.test(base) || base.includes("..")) return "Use letters, digits, '_', '-' and '.' (no spaces)";
  if (!ALLOWED_EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length))
    return `Allowed types: ${ALLOWED_EXTENSIONS.join(" ")}`;
  if (path === ENTRYPOINT && current !== ENTRYPOINT) return "app.py is the entrypoint and already exists";
  if (path !== current && path in existing) return "A file with this name already exists";
  if (current === undefined && Object.keys(existing).length >= MAX_FILES) return `An app has at most ${MAX_FILES} files`;
  return null;
}

/** app.py first, then top-level files, then static/, each alphabetically. */
export function sortPaths(paths: string[]): string[] {
  const rank = (p: string) => (p === ENTRYPOINT ? 0 : p.includes("/") ? 2 : 1);
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function starterText(path: string): string {
  if (path.endsWith(".py")) return "";
  if (path.endsWith(".html"))
    return '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title></title>\n  </head>\n  <body>\n  </body>\n</html>\n';
  if (path.endsWith(".json")) return "{}\n";
  return "";
}
