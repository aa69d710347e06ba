"use client";

import { isServer, MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, httpSubscriptionLink, splitLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/routers/_app";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

const TRPC_PATH = "/api/trpc";
const AUTH_PAGES = ["/login", "/signup"];

/** The tRPC error code of a failed call ("UNAUTHORIZED", "UNPROCESSABLE_CONTENT", …), if it is one. */
export function trpcErrorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
}

/** A dependency (MongoDB) is disabled or down: the feature is unavailable, not broken. */
export function isUnavailable(error: unknown): boolean {
  return trpcErrorCode(error) === "SERVICE_UNAVAILABLE";
}

/** The server's human-readable message, or a generic one for network failures. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && error.message) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong; try again";
}

function isClientError(error: unknown): boolean {
  const status = error instanceof TRPCClientError ? (error.data as { httpStatus?: number } | undefined)?.httpStatus : undefined;
  return status !== undefined && status >= 400 && status < 500;
}

/** Retry network hiccups and server errors twice; a bad request or a dependency that is down won't change by asking again. */
function shouldRetry(count: number, error: unknown): boolean {
  return !isClientError(error) && !isUnavailable(error) && count < 2;
}

/** A session that ended (expired, logged out elsewhere) sends the person back to the login page. */
function onUnauthorized(error: unknown): void {
  if (isServer || trpcErrorCode(error) !== "UNAUTHORIZED") return;
  if (AUTH_PAGES.includes(window.location.pathname)) return;
  window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthorized }),
    mutationCache: new MutationCache({ onError: onUnauthorized }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One QueryClient per browser session; a fresh one per server render. */
function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

function trpcUrl(): string {
  if (!isServer) return TRPC_PATH;
  return `http://localhost:${process.env.PORT ?? 3000}${TRPC_PATH}`;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: trpcUrl(), transformer: superjson }),
          false: splitLink({
            // A streamed response sends its headers before the procedure runs, so a Set-Cookie
            // (login, signup, logout) would be lost: mutations use the plain batch link.
            condition: (op) => op.type === "mutation",
            true: httpBatchLink({ url: trpcUrl(), transformer: superjson }),
            false: httpBatchStreamLink({ url: trpcUrl(), transformer: superjson }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
