import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DOMAIN_TO_TRPC, httpStatusOf } from "@/server/api/error-map";
import { DomainError } from "@/server/errors";
import { INTERNAL_MESSAGE, zodDetails } from "@/server/trpc";

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function jsonError(status: number, code: string, message: string, details?: unknown): Response {
  const body: ApiErrorBody = { error: { code, message, ...(details !== undefined && { details }) } };
  return Response.json(body, { status });
}

/** Any thrown value → the published error shape. Internal errors never leak their text. */
export function errorResponse(e: unknown): Response {
  let err = e;
  if (err instanceof DomainError) err = new TRPCError({ code: DOMAIN_TO_TRPC[err.code], message: err.message, cause: err });
  if (err instanceof TRPCError) {
    const cause = err.cause;
    if (cause instanceof ZodError) {
      const details = zodDetails(cause);
      return jsonError(400, "bad_request", details.map((d) => `${d.field}: ${d.message}`).join("; "), details);
    }
    const status = httpStatusOf(err.code);
    if (status >= 500 && !(cause instanceof DomainError)) {
      console.error("[kiln] internal error:", err.cause ?? err);
      return jsonError(500, "internal", INTERNAL_MESSAGE);
    }
    const res = jsonError(status, err.code.toLowerCase(), err.message, cause instanceof DomainError ? cause.details : undefined);
    const retryAfter =
      (cause instanceof DomainError && (cause.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds) || 0;
    if (retryAfter > 0) res.headers.set("retry-after", String(Math.ceil(retryAfter)));
    return res;
  }
  console.error("[kiln] internal error:", e);
  return jsonError(500, "internal", INTERNAL_MESSAGE);
}
