import { zAppCallInput, zAppCreateInput, zAppRef, zAppUpdateInput, zDeployInput, zDeploymentRef, zLogsInput } from "@/lib/schemas/apps";
import { appDataProcedures } from "@/server/routers/app-data";
import { appVersionProcedures } from "@/server/routers/app-versions";
import { appOpenApi, callApp } from "@/server/services/app-calls";
import { sleepApp, wakeApp } from "@/server/services/app-sleep";
import { createApp, deleteApp, getApp, listApps, updateApp } from "@/server/services/apps";
import { deploy, deploymentEventStream, getDeployment } from "@/server/services/deployments";
import { tailLogs } from "@/server/services/logs";
import { protectedProcedure, router } from "@/server/trpc";

export const appsRouter = router({
  list: protectedProcedure.meta({ openapi: { method: "GET", path: "/apps", summary: "Your apps" } }).query(({ ctx }) => listApps(ctx.user)),
  create: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/apps", status: 201, summary: "Create an app (hello-world when no files)" } })
    .input(zAppCreateInput)
    .mutation(({ ctx, input }) => createApp(ctx.user, input)),
  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}", summary: "An app with its draft files and env (secrets masked)" } })
    .input(zAppRef)
    .query(({ ctx, input }) => getApp(ctx.user, input.id)),
  update: protectedProcedure
    .meta({ openapi: { method: "PUT", path: "/apps/{id}", summary: "Save the draft (no deploy)" } })
    .input(zAppUpdateInput)
    .mutation(({ ctx, input }) => updateApp(ctx.user, input)),
  delete: protectedProcedure
    .meta({ openapi: { method: "DELETE", path: "/apps/{id}", status: 204, summary: "Delete the app and every trace of it" } })
    .input(zAppRef)
    .mutation(({ ctx, input }) => deleteApp({ user: ctx.user, ip: ctx.ip }, input.id)),
  deploy: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/apps/{id}/deploy", status: 202, summary: "Validate and deploy the draft" } })
    .input(zDeployInput)
    .mutation(({ ctx, input }) => deploy(ctx.user, input)),
  deployment: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/deployments/{deploymentId}", summary: "A deployment's status and events" } })
    .input(zDeploymentRef)
    .query(({ ctx, input }) => getDeployment(ctx.user, input.id, input.deploymentId)),
  deploymentEvents: protectedProcedure
    .input(zDeploymentRef)
    .subscription(({ ctx, input, signal }) => deploymentEventStream(ctx.user, input.id, input.deploymentId, signal)),
  logs: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/logs", summary: "The last log lines" } })
    .input(zLogsInput)
    .query(({ ctx, input }) => tailLogs(ctx.user, input.id, input.tail)),
  sleep: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/apps/{id}/sleep", summary: "Put the app to sleep (its next request wakes it)" } })
    .input(zAppRef)
    .mutation(({ ctx, input }) => sleepApp(ctx.user, input.id)),
  wake: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/apps/{id}/wake", summary: "Wake the app; answers once it serves" } })
    .input(zAppRef)
    .mutation(({ ctx, input }) => wakeApp(ctx.user, input.id)),
  request: protectedProcedure.input(zAppCallInput).mutation(({ ctx, input }) => callApp(ctx.user, input)),
  openapi: protectedProcedure.input(zAppRef).query(({ ctx, input }) => appOpenApi(ctx.user, input.id)),
  ...appDataProcedures,
  ...appVersionProcedures,
});
