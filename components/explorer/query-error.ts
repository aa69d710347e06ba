/**
 * Which part of the query a BAD_REQUEST is about. The API names it first (`filter: operator
 * $where is not allowed`, `sort: …`, `projection: …`), so the message can sit under that field.
 */
export type QueryField = "filter" | "sort" | "projection";

export interface QueryError {
  /** null: about the query as a whole (a stale cursor, MongoDB refusing it). */
  field: QueryField | null;
  message: string;
}

export function queryErrorOf(message: string): QueryError {
  const field = /^(filter|sort|projection)\b/.exec(message)?.[1] as QueryField | undefined;
  return { field: field ?? null, message };
}
