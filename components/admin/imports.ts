/**
 * The allow-list as the admin edits it: checking a new entry the way the server will, searching,
 * adding and removing (kept sorted, as the server stores it), and how it differs from the default.
 */
import { zModuleName } from "@/lib/schemas/admin";

/** The server refuses longer lists (lib/schemas/admin.ts). */
export const MAX_ALLOWED_IMPORTS = 500;

export type ImportCheck = { ok: true; name: string } | { ok: false; error: string };

/** The entry of `list` that already allows `name` (itself, or a parent: `os` allows `os.path`). */
export function coveringEntry(list: readonly string[], name: string): string | undefined {
  return list.find((entry) => entry === name || name.startsWith(`${entry}.`));
}

/** Whether `raw` may be added to `list`, and the name to add (trimmed) if so. */
export function checkNewImport(raw: string, list: readonly string[]): ImportCheck {
  const name = raw.trim();
  if (!name) return { ok: false, error: "Type a module name, such as urllib.parse" };
  if (!zModuleName.safeParse(name).success) {
    return { ok: false, error: `“${name}” is not a module name: use dotted Python identifiers, such as urllib.parse` };
  }
  const covering = coveringEntry(list, name);
  if (covering === name) return { ok: false, error: `${name} is already allowed` };
  if (covering) return { ok: false, error: `${name} is already allowed through ${covering}` };
  if (list.length >= MAX_ALLOWED_IMPORTS) return { ok: false, error: `The list holds at most ${MAX_ALLOWED_IMPORTS} entries` };
  return { ok: true, name };
}

/** The entries matching a search (case-insensitive, anywhere in the name), sorted. */
export function filterImports(list: readonly string[], query: string): string[] {
  const q = query.trim().toLowerCase();
  return [...list].filter((m) => !q || m.toLowerCase().includes(q)).sort();
}

export function withImport(list: readonly string[], name: string): string[] {
  return [...new Set([...list, name])].sort();
}

export function withoutImport(list: readonly string[], name: string): string[] {
  return list.filter((m) => m !== name);
}

/** What the admin changed against the built-in default. */
export function diffFromDefault(list: readonly string[], defaults: readonly string[]): { added: string[]; removed: string[] } {
  const now = new Set(list);
  const base = new Set(defaults);
  return { added: [...now].filter((m) => !base.has(m)).sort(), removed: [...base].filter((m) => !now.has(m)).sort() };
}
