/**
 * `sort`: a field path, `-` in front for descending. Documents are always ordered by that field
 * and then by `_id` (the keyset the explorer pages on); no sort means `_id` ascending. Pure.
 */
import { type Checked, problem } from "@/lib/explorer/ejson-text";
import { fieldPathProblem } from "@/lib/explorer/paths";

export interface SortSpec {
  field: string;
  direction: 1 | -1;
}

export const DEFAULT_SORT: SortSpec = { field: "_id", direction: 1 };

export function parseSort(text: string | undefined): Checked<SortSpec> {
  const t = text?.trim() ?? "";
  if (t === "") return { ok: true, value: DEFAULT_SORT };
  const descending = t.startsWith("-");
  const field = descending ? t.slice(1) : t;
  const why = fieldPathProblem(field);
  if (why) return problem(`sort: ${why}`, { sort: t });
  return { ok: true, value: { field, direction: descending ? -1 : 1 } };
}

/** The text form: `field` or `-field` (what `parseSort` reads back). */
export function sortText(s: SortSpec): string {
  return s.direction === -1 ? `-${s.field}` : s.field;
}
