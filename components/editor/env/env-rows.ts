import type { EnvVarInput } from "@/lib/schemas/apps";

export interface EnvRow {
  id: string;
  name: string;
  value: string;
  secret: boolean;
  /** A secret the server already has (its value is never sent to the browser): empty input keeps it. */
  stored: boolean;
  /** False for a stored secret without a value yet (a clone's): the app runs without it until one is entered. */
  set: boolean;
}

export interface ServerEnvVar {
  name: string;
  value: string | null;
  secret: boolean;
  set: boolean;
}

/** The sheet's editable rows from the server's list; `makeId` gives each a stable key. */
export function toRows(env: readonly ServerEnvVar[], makeId: () => string): EnvRow[] {
  return env.map((e) => ({ id: makeId(), name: e.name, value: e.value ?? "", secret: e.secret, stored: e.secret, set: e.set }));
}

/**
 * What apps.update receives: blank names dropped, names trimmed, and a stored secret left empty
 * sent without a value, so the server keeps what it has (a value, or still none) and never
 * stores an empty one by accident.
 */
export function toInput(rows: readonly EnvRow[]): EnvVarInput[] {
  return rows
    .filter((r) => r.name.trim() !== "")
    .map((r) =>
      r.secret && r.stored && r.value === ""
        ? { name: r.name.trim(), secret: true }
        : { name: r.name.trim(), value: r.value, secret: r.secret },
    );
}

/** Secrets that will still have no value after saving these rows. */
export function unsetSecrets(rows: readonly EnvRow[]): string[] {
  return rows.filter((r) => r.secret && r.stored && !r.set && r.value === "" && r.name.trim() !== "").map((r) => r.name.trim());
}
