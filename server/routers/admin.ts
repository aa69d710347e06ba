import { zSettingsPatch } from "@/lib/schemas/admin";
import { getSettings, updateSettings } from "@/server/services/settings";
import { adminProcedure, router } from "@/server/trpc";

export const adminRouter = router({
  settings: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/settings", summary: "Platform settings (admins)" } })
    .query(() => getSettings()),
  updateSettings: adminProcedure
    .meta({ openapi: { method: "PATCH", path: "/admin/settings", summary: "Change platform settings (admins)" } })
    .input(zSettingsPatch)
    .mutation(({ input }) => updateSettings(input)),
});
