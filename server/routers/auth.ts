import { z } from "zod";
import { zCredentials, zLoginInput } from "@/lib/schemas/auth";
import { clear, credentialKind, establish } from "@/server/api/session";
import { authConfig, login, logout, signup } from "@/server/services/auth";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc";

const zAuthResult = z.object({
  user: z.object({ id: z.string(), username: z.string(), role: z.enum(["admin", "user"]) }),
  token: z.string(),
});

export const authRouter = router({
  signup: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/signup", status: 201, summary: "Create an account (the first one is admin)" } })
    .input(zCredentials)
    .output(zAuthResult)
    .mutation(async ({ ctx, input }) => establish(ctx, await signup(input, credentialKind(ctx), { user: null, ip: ctx.ip }))),
  login: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/login", summary: "Sign in; returns a Bearer token" } })
    .input(zLoginInput)
    .output(zAuthResult)
    .mutation(async ({ ctx, input }) => establish(ctx, await login(input, credentialKind(ctx), { user: null, ip: ctx.ip }))),
  logout: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/auth/logout", status: 204, summary: "Revoke this session or token" } })
    .mutation(async ({ ctx }) => {
      clear(ctx);
      if (ctx.token) await logout(ctx.token);
    }),
  me: publicProcedure.query(({ ctx }) => ctx.user),
  whoami: protectedProcedure.meta({ openapi: { method: "GET", path: "/me", summary: "The caller" } }).query(({ ctx }) => ctx.user),
  config: publicProcedure.query(() => authConfig()),
});
