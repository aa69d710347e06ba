/**
 * MongoDB errors of explorer operations → domain errors. A query MongoDB stopped for time, or
 * refused as malformed, is the caller's to change (400, with MongoDB's own words about the
 * query); a read the server does not allow is 403; everything else is the shared mapping
 * (503, sanitized). Pure: tested in errors.test.ts.
 */
import { MongoServerError } from "mongodb";
import { DomainError, Forbidden, Invalid, Unavailable } from "@/server/errors";
import { mongoCode, mongoFailure } from "@/server/mongo/errors";

const MAX_TIME_EXPIRED = 50;
const UNAUTHORIZED = 13;
const AUTHENTICATION_FAILED = 18;

/** Server codes that mean "this query (filter, sort, regex, …) is malformed or too big", not "MongoDB is broken". */
const QUERY_ERRORS = new Set([
  2 /* BadValue */, 9 /* FailedToParse */, 14 /* TypeMismatch */, 15 /* Overflow */, 17 /* ProtocolError: bad $type */,
  27 /* IndexNotFound: $text without a text index */, 28 /* PathNotViable */, 96 /* OperationFailed: sort too big */,
  292 /* QueryExceededMemoryLimitNoDiskUseAllowed */, 51091 /* invalid regex */, 51108 /* invalid regex flags */, 16020 /* bad $mod */,
  16810 /* bad $mod */, 28651 /* $size */, 5107201 /* $toUUID */,
]);

const MAX_MESSAGE = 300;

/** 400: an explorer query ran out of time (in MongoDB, or across the queries of one page). */
export function queryTimedOut(doing: string, maxTimeMS: number): DomainError {
  return Invalid(
    `query took too long: MongoDB stopped it after ${maxTimeMS} ms (${doing}); narrow the filter or sort by an indexed field`,
    { reason: "timeout", maxTimeMS },
  );
}

export function explorerFailure(e: unknown, doing: string, maxTimeMS: number): Error {
  if (e instanceof DomainError) return e;
  const code = mongoCode(e);
  if (code === MAX_TIME_EXPIRED) return queryTimedOut(doing, maxTimeMS);
  if (code === UNAUTHORIZED) return Forbidden(`MongoDB does not let the explorer do this (${doing})`);
  if (code === AUTHENTICATION_FAILED) {
    return Unavailable(`MongoDB refused the explorer's read-only user (${doing}); it is set up again on the next request`, { mongo: "up" });
  }
  if (e instanceof MongoServerError && code !== undefined && QUERY_ERRORS.has(code)) {
    // Messages about the query quote the caller's own input, never hosts or credentials.
    const said = e.message.length > MAX_MESSAGE ? `${e.message.slice(0, MAX_MESSAGE)}…` : e.message;
    return Invalid(`MongoDB refused the query: ${said}`, { code, codeName: e.codeName });
  }
  return mongoFailure(e, doing);
}
