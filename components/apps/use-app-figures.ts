"use client";

import { useQuery } from "@tanstack/react-query";
import { errorMessage, type RouterOutputs, useTRPC } from "@/lib/trpc/react";

export type AppFigures = RouterOutputs["apps"]["listStats"]["stats"][string];

export interface FiguresState {
  /** Per app id; an app missing from it served nothing in the last 24 hours. */
  stats: Record<string, AppFigures> | undefined;
  /** Set when the figures cannot be had (MongoDB disabled or down): the reason, for a tooltip. */
  unavailable: string | null;
}

const FALLBACK_REASON = {
  disabled: "Request figures need MongoDB, and none is configured (MONGODB_URL is not set).",
  down: "MongoDB is not reachable right now, so request figures are unavailable.",
} as const;

/** Each app's last-24-hours figures for the apps list, and why they are missing when they are. */
export function useAppFigures(): FiguresState {
  const trpc = useTRPC();
  const list = useQuery(trpc.apps.listStats.queryOptions(undefined, { refetchInterval: 30_000 }));
  const mongo = list.data?.mongo;
  const down = mongo === "down" || mongo === "disabled";
  // The reason is worth a second call only when the figures are missing.
  const system = useQuery(trpc.system.status.queryOptions(undefined, { enabled: down, staleTime: 30_000 }));

  if (list.isError) return { stats: undefined, unavailable: errorMessage(list.error) };
  if (down) return { stats: undefined, unavailable: system.data?.mongo.reason ?? FALLBACK_REASON[mongo] };
  return { stats: list.data?.stats, unavailable: null };
}
