import { zTemplateFromApp, zTemplateRef, zTemplateUpdate } from "@/lib/schemas/template-api";
import { deleteTemplate, getTemplate, listTemplates, saveAppAsTemplate, updateTemplate } from "@/server/services/templates";
import { protectedProcedure, router } from "@/server/trpc";

/** The template gallery and people's own templates (issue #6); admins curate through the same procedures. */
export const templatesRouter = router({
  list: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/templates", summary: "Templates: Kiln's own (global) and yours" } })
    .query(({ ctx }) => listTemplates(ctx.user)),
  get: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/templates/{id}", summary: "A template with its files" } })
    .input(zTemplateRef)
    .query(({ ctx, input }) => getTemplate(ctx.user, input.id)),
  saveFromApp: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/templates", status: 201, summary: "Save one of your apps' draft as your own template" } })
    .input(zTemplateFromApp)
    .mutation(({ ctx, input }) => saveAppAsTemplate(ctx.user, input)),
  update: protectedProcedure
    .meta({ openapi: { method: "PATCH", path: "/templates/{id}", summary: "Rename, describe, tag; admins also hide/show globals" } })
    .input(zTemplateUpdate)
    .mutation(({ ctx, input }) => updateTemplate({ user: ctx.user, ip: ctx.ip }, input)),
  delete: protectedProcedure
    .meta({
      openapi: { method: "DELETE", path: "/templates/{id}", status: 204, summary: "Delete your template (admins: any but Kiln's own)" },
    })
    .input(zTemplateRef)
    .mutation(({ ctx, input }) => deleteTemplate({ user: ctx.user, ip: ctx.ip }, input.id)),
});
