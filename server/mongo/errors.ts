/**
 * Driver errors become domain errors with messages Kiln wrote itself: a driver message can
 * name hosts or quote a connection string, so none is passed on (or logged).
 */
import {
  MongoClientClosedError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from "mongodb";
import { DomainError, Unavailable } from "@/server/errors";

export const MONGO_UNREACHABLE = "MongoDB is unreachable";
export const MONGO_AUTH_FAILED = "MongoDB refused Kiln's credentials (check MONGODB_URL)";

/** Server error codes that mean "this server cannot create users for us". */
const CANNOT_CREATE_USERS = new Set([13 /* Unauthorized */, 59 /* CommandNotFound */, 115 /* CommandNotSupported */]);

export function mongoCode(e: unknown): number | undefined {
  if (!(e instanceof MongoServerError)) return undefined;
  // An operation run with promoteValues: false gets its error reply unpromoted too (code: Int32).
  const code: unknown = e.code;
  const n = typeof code === "number" ? code : typeof code === "object" && code !== null ? Number(code.valueOf()) : Number.NaN;
  return Number.isInteger(n) ? n : undefined;
}

export function cannotCreateUsers(e: unknown): boolean {
  const code = mongoCode(e);
  return code !== undefined && CANNOT_CREATE_USERS.has(code);
}

export function userAlreadyExists(e: unknown): boolean {
  const code = mongoCode(e);
  return code === 51003 || code === 11000;
}

/** The server cannot be used at all (as opposed to one command failing). */
export function connectionProblem(e: unknown): string | undefined {
  if (
    e instanceof MongoServerSelectionError ||
    e instanceof MongoNetworkError ||
    e instanceof MongoTopologyClosedError ||
    e instanceof MongoNotConnectedError ||
    e instanceof MongoServerClosedError ||
    e instanceof MongoClientClosedError ||
    e instanceof MongoOperationTimeoutError
  )
    return MONGO_UNREACHABLE;
  if (mongoCode(e) === 18) return MONGO_AUTH_FAILED;
  return undefined;
}

/** A sanitized DomainError for a failed MongoDB operation; anything that is not a Mongo error is returned as is. */
export function mongoFailure(e: unknown, doing: string): Error {
  if (e instanceof DomainError) return e;
  const problem = connectionProblem(e);
  if (problem) return Unavailable(`${problem} (${doing})`, { mongo: "down" });
  if (mongoCode(e) === 50) return Unavailable(`MongoDB took too long (${doing})`, { mongo: "up" });
  if (e instanceof MongoServerError)
    return Unavailable(`MongoDB refused the operation (${doing}: ${e.codeName ?? e.code})`, { mongo: "up" });
  if (e instanceof MongoError) return Unavailable(`MongoDB driver error (${doing}: ${e.name})`, { mongo: "up" });
  return e instanceof Error ? e : new Error(String(e));
}
