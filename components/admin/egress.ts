/**
 * The egress allow-list as the admin edits it: a new entry checked the way the server checks it
 * (lib/network/egress.ts) and written the way the server stores it, so a duplicate in another
 * spelling (2001:DB8::/32 for 2001:db8::/32) is caught before it is sent.
 */
import { checkEgressEntry, formatEgressEntry, MAX_EGRESS_ENTRIES } from "@/lib/network/egress";

export type EgressCheck = { ok: true; entry: string } | { ok: false; error: string };

/** Whether `raw` may be added to `list`, and the canonical entry to add if so. */
export function checkNewEgress(raw: string, list: readonly string[]): EgressCheck {
  const checked = checkEgressEntry(raw);
  if (!checked.ok) return checked;
  const entry = formatEgressEntry(checked.entry);
  if (list.includes(entry)) return { ok: false, error: `${entry} is already on the list` };
  if (list.length >= MAX_EGRESS_ENTRIES) return { ok: false, error: `The list holds at most ${MAX_EGRESS_ENTRIES} entries` };
  return { ok: true, entry };
}

/** New entries go last: the list keeps the order the admin gave it. */
export function withEgress(list: readonly string[], entry: string): string[] {
  return list.includes(entry) ? [...list] : [...list, entry];
}

export function withoutEgress(list: readonly string[], entry: string): string[] {
  return list.filter((e) => e !== entry);
}
