import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { DOMAIN_TO_TRPC } from "@/server/api/error-map";
import { requireAdmin, requireUser } from "@/server/auth/policy";
import type { Context } from "@/server/context";
import { DomainError } from "@/server/errors";

/** REST exposure of a procedure (server/api/rest.ts builds /api/v1 and the OpenAPI document from it). */
export interface OpenApiMeta {
  openapi?: { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; status?: number; summary: string };
}

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const details = cause instanceof DomainError ? cause.details : cause instanceof ZodError ? zodDetails(cause) : undefined;
      // Internal errors are logged (server/api/trpc.ts onError), never shown: their text may hold paths or driver details.
      const internal = error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof DomainError);
      const message =
        cause instanceof ZodError
          ? zodDetails(cause)
              .map((d) => `${d.field}: ${d.message}`)
              .join("; ")
          : internal
            ? INTERNAL_MESSAGE
            : shape.message;
      return { ...shape, message, data: { ...shape.data, stack: undefined, details } };
    },
  });

export const INTERNAL_MESSAGE = "Something went wrong inside Kiln; the error was logged";

export function zodDetails(e: ZodError): { field: string; message: string }[] {
  return e.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.message }));
}

/** Domain errors thrown by services become the right tRPC code (and HTTP status). */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);

/** Signed-in callers (server/auth/policy.ts decides); owner checks happen in the services. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => next({ ctx: { ...ctx, user: requireUser(ctx.user) } }));

/** Admins only: 401 anonymous, 403 other users. */
export const adminProcedure = publicProcedure.use(({ ctx, next }) => next({ ctx: { ...ctx, user: requireAdmin(ctx.user) } }));
