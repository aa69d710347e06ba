import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "@/server/context";
import { appRouter } from "@/server/routers/_app";

export const TRPC_ENDPOINT = "/api/trpc";

export function handleTrpc(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(req, resHeaders, "trpc"),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[kiln] tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}
