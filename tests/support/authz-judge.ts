/** Pure rules of the authorization matrix: who should get what, and what counts as a mismatch or a leak. */
import type { Access } from "./authz-expectations";
import type { Caller } from "./authz-fixtures";

/** What one call came back with: success, or a tRPC error code; `raw` is every byte of the response body. */
export interface CallResult {
  ok: boolean;
  code?: string;
  httpStatus?: number;
  message?: string;
  data?: unknown;
  raw: string;
}

/** "ok", or the refusal a caller must get: HIDDEN is the owner check's 404 (403 accepted). */
export type Expected = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "HIDDEN";

/** The callers each access level is tried with: the owner only where owning something matters. */
export function callersFor(access: Access): Caller[] {
  return access === "public" || access === "user" ? ["anonymous", "other", "admin"] : ["anonymous", "other", "owner", "admin"];
}

export function expectedFor(access: Access, caller: Caller): Expected {
  if (access === "public" || caller === "admin") return "ok";
  if (caller === "anonymous") return "UNAUTHORIZED";
  if (access === "user") return "ok";
  if (access === "admin") return "FORBIDDEN";
  return caller === "owner" ? "ok" : "HIDDEN";
}

/** null when `result` is what `expected` says; otherwise what went wrong, for the failure message. */
export function verdict(expected: Expected, result: CallResult): string | null {
  const got = result.ok ? "ok" : `${result.code ?? "?"} (${result.httpStatus ?? "?"}) ${JSON.stringify(result.message ?? "")}`;
  const fine =
    expected === "ok"
      ? result.ok
      : expected === "HIDDEN"
        ? result.code === "NOT_FOUND" || result.code === "FORBIDDEN"
        : result.code === expected;
  return fine ? null : `expected ${expected === "HIDDEN" ? "NOT_FOUND (or FORBIDDEN)" : expected}, got ${got}`;
}

/** The needles (identifiers, secrets) that occur in `raw`. */
export function leaksIn(raw: string, needles: string[]): string[] {
  return [...new Set(needles.filter((n) => n.length > 0 && raw.includes(n)))];
}

/** Procedures without an expectation, and expectations for procedures that are gone: one message each. */
export function coverageProblems(procedurePaths: string[], expectations: Record<string, unknown>): string[] {
  const known = new Set(procedurePaths);
  const missing = procedurePaths
    .filter((p) => !(p in expectations))
    .map(
      (p) =>
        `procedure "${p}" has no expectation: add it to EXPECTATIONS in tests/support/authz-expectations.ts with its access level (public | user | owner | admin) and an input`,
    );
  const stale = Object.keys(expectations)
    .filter((p) => !known.has(p))
    .map((p) => `EXPECTATIONS names "${p}", which is no longer a procedure of the router: remove it (or fix its path)`);
  return [...missing, ...stale];
}

/** `GET 401 ✓` style cell for the printed matrix. */
export function cell(result: CallResult, problem: string | null, leaks: string[]): string {
  const what = result.ok ? "ok" : String(result.httpStatus ?? result.code ?? "?");
  return `${what}${problem || leaks.length > 0 ? " ✗" : ""}${leaks.length > 0 ? " LEAK" : ""}`;
}
