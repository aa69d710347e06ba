import { zLogsFollowInput, zMetricsInput, zRequestsInput } from "@/lib/schemas/app-data";
import { zAppRef } from "@/lib/schemas/apps";
import { appListStats } from "@/server/services/app-stats";
import { appCollections } from "@/server/services/collections";
import { logsFollow } from "@/server/services/logs";
import { appMetrics } from "@/server/services/metrics";
import { listRequests } from "@/server/services/requests";
import { protectedProcedure } from "@/server/trpc";

/** What an app served, how fast, its data and live logs: the dashboard's procedures (part of `apps`). */
export const appDataProcedures = {
  requests: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/requests", summary: "Recent requests, newest first (cursor pages)" } })
    .input(zRequestsInput)
    .query(({ ctx, input }) => listRequests(ctx.user, input)),
  metrics: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/metrics", summary: "Request count, 5xx rate and latency over a window" } })
    .input(zMetricsInput)
    .query(({ ctx, input }) => appMetrics(ctx.user, input)),
  collections: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/collections", summary: "Collections of the app owner's database" } })
    .input(zAppRef)
    .query(({ ctx, input }) => appCollections(ctx.user, input.id)),
  listStats: protectedProcedure.query(({ ctx }) => appListStats(ctx.user)),
  logsFollow: protectedProcedure
    .input(zLogsFollowInput)
    .subscription(({ ctx, input, signal }) => logsFollow(ctx.user, input.id, input.tail, signal)),
};
