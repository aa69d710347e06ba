import { clearedSessionCookie, sessionCookie } from "@/server/auth/cookies";
import type { Context } from "@/server/context";

/** Browser (tRPC) callers get an httpOnly cookie; REST callers keep the token from the body. */
export function credentialKind(ctx: Context): "cookie" | "api" {
  return ctx.transport === "trpc" ? "cookie" : "api";
}

export function establish<T extends { token: string }>(ctx: Context, result: T): T {
  if (ctx.transport === "trpc") ctx.resHeaders.append("set-cookie", sessionCookie(result.token, ctx.secure));
  return result;
}

export function clear(ctx: Context): void {
  ctx.resHeaders.append("set-cookie", clearedSessionCookie(ctx.secure));
}
