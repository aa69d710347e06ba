/**
 * Domain errors thrown by services. One mapping (server/api/error-map.ts) turns them into
 * tRPC codes and HTTP statuses; nothing else decides a status code.
 */
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_LARGE"
  | "INVALID_CODE"
  | "UNAVAILABLE"
  | "RATE_LIMITED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const Invalid = (message: string, details?: unknown) => new DomainError("BAD_REQUEST", message, details);
export const Unauthorized = (message = "Sign in first") => new DomainError("UNAUTHORIZED", message);
export const Forbidden = (message = "You do not have access to this") => new DomainError("FORBIDDEN", message);
export const NotFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const Conflict = (message: string, details?: unknown) => new DomainError("CONFLICT", message, details);
export const TooLarge = (message: string, details?: unknown) => new DomainError("TOO_LARGE", message, details);
export const InvalidCode = (message: string, details?: unknown) => new DomainError("INVALID_CODE", message, details);
/** 429; `retryAfterSeconds` becomes the Retry-After header on REST. */
export const RateLimited = (message: string, retryAfterSeconds: number) => new DomainError("RATE_LIMITED", message, { retryAfterSeconds });
export const Unavailable = (message: string, details?: unknown) => new DomainError("UNAVAILABLE", message, details);
