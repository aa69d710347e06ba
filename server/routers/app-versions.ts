import { zAppCloneInput, zAppRef, zVersionRef } from "@/lib/schemas/apps";
import { cloneApp } from "@/server/services/apps";
import { getVersion, listVersions, rollback } from "@/server/services/versions";
import { protectedProcedure } from "@/server/trpc";

/** History, rollback and clone (issue #6; part of `apps`). */
export const appVersionProcedures = {
  versions: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/versions", summary: "The last 50 deployed versions, newest first" } })
    .input(zAppRef)
    .query(({ ctx, input }) => listVersions(ctx.user, input.id)),
  version: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/apps/{id}/versions/{versionId}", summary: "One version with its files" } })
    .input(zVersionRef)
    .query(({ ctx, input }) => getVersion(ctx.user, input.id, input.versionId)),
  rollback: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/apps/{id}/versions/{versionId}/rollback",
        status: 202,
        summary: "Deploy an earlier version again",
      },
    })
    .input(zVersionRef)
    .mutation(({ ctx, input }) => rollback(ctx.user, input.id, input.versionId)),
  clone: protectedProcedure
    .meta({
      openapi: { method: "POST", path: "/apps/{id}/clone", status: 201, summary: "Copy the app (files, env; secret values left out)" },
    })
    .input(zAppCloneInput)
    .mutation(({ ctx, input }) => cloneApp(ctx.user, input)),
};
