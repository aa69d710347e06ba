/** The explorer's query inputs, checked by lib/explorer; a problem becomes a 400 with its details. */
import type { Checked, Doc } from "@/lib/explorer/ejson-text";
import { parseFilter } from "@/lib/explorer/filter";
import { type ProjectionSpec, parseProjection } from "@/lib/explorer/projection";
import { parseSort, type SortSpec } from "@/lib/explorer/sort";
import { Invalid } from "@/server/errors";

function checked<T>(c: Checked<T>): T {
  if (!c.ok) throw Invalid(c.problem.message, c.problem.details);
  return c.value;
}

export const filterOf = (text: string | undefined): Doc => checked(parseFilter(text));
export const sortOf = (text: string | undefined): SortSpec => checked(parseSort(text));
export const projectionOf = (text: string | undefined): ProjectionSpec | null => checked(parseProjection(text));
