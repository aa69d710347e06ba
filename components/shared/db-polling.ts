import { isUnavailable } from "@/lib/trpc/react";

/** While the database is disabled or down, look again this rarely (no retries in between). */
const UNAVAILABLE_RECHECK_MS = 30_000;

/**
 * Polling for the Mongo-backed queries (requests, metrics, collections): every `everyMs` while they
 * answer, slowly while the database is unavailable. React Query pauses polling in hidden tabs.
 */
export function dbPolling(everyMs: number | false) {
  return {
    refetchInterval: (query: { state: { error: unknown } }) => (isUnavailable(query.state.error) ? UNAVAILABLE_RECHECK_MS : everyMs),
  };
}
