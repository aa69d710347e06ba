import { zAdminCreateUser, zAdminDeleteUser, zAdminUpdateUser, zAuditQuery, zSettingsPatch } from "@/lib/schemas/admin";
import { zTemplateFromApp } from "@/lib/schemas/template-api";
import { createUser, deleteUser, listUsers, updateUser } from "@/server/services/admin-users";
import { listAudit } from "@/server/services/audit";
import { platformOverview } from "@/server/services/overview";
import { getSettings, updateSettings } from "@/server/services/settings";
import { listAllTemplates, promoteAppToTemplate } from "@/server/services/templates";
import { adminProcedure, router } from "@/server/trpc";

/** Running the platform (issue #5): admins only, every procedure. */
export const adminRouter = router({
  settings: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/settings", summary: "Platform settings (admins)" } })
    .query(() => getSettings()),
  updateSettings: adminProcedure
    .meta({ openapi: { method: "PATCH", path: "/admin/settings", summary: "Change platform settings (admins)" } })
    .input(zSettingsPatch)
    .mutation(({ ctx, input }) => updateSettings({ user: ctx.user, ip: ctx.ip }, input)),
  overview: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/overview", summary: "Users, apps by status, requests in 24 h, storage, runtime" } })
    .query(({ ctx }) => platformOverview(ctx.user)),
  users: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/users", summary: "Every user with role, app count, last login, database size" } })
    .query(({ ctx }) => listUsers(ctx.user)),
  createUser: adminProcedure
    .meta({ openapi: { method: "POST", path: "/admin/users", status: 201, summary: "Create a user (works while signup is off)" } })
    .input(zAdminCreateUser)
    .mutation(({ ctx, input }) => createUser({ user: ctx.user, ip: ctx.ip }, input)),
  updateUser: adminProcedure
    .meta({ openapi: { method: "PATCH", path: "/admin/users/{id}", summary: "Promote, demote, disable or enable a user" } })
    .input(zAdminUpdateUser)
    .mutation(({ ctx, input }) => updateUser({ user: ctx.user, ip: ctx.ip }, input)),
  deleteUser: adminProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/admin/users/{id}",
        status: 204,
        summary: "Delete a user and everything of theirs (?confirm=<username>&dropDatabase=true|false)",
      },
    })
    .input(zAdminDeleteUser)
    .mutation(({ ctx, input }) => deleteUser({ user: ctx.user, ip: ctx.ip }, input)),
  templates: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/templates", summary: "Every template: hidden ones and every user's" } })
    .query(() => listAllTemplates()),
  promoteTemplate: adminProcedure
    .meta({ openapi: { method: "POST", path: "/admin/templates", status: 201, summary: "Make an app (anyone's) a global template" } })
    .input(zTemplateFromApp)
    .mutation(({ ctx, input }) => promoteAppToTemplate({ user: ctx.user, ip: ctx.ip }, input)),
  audit: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/audit", summary: "Admin actions and security events, newest first (90 days)" } })
    .input(zAuditQuery)
    .query(({ input }) => listAudit(input)),
});
