import { zValidateInput } from "@/lib/schemas/apps";
import { getSettings } from "@/server/services/settings";
import { validateCode } from "@/server/services/validation";
import { protectedProcedure, router } from "@/server/trpc";

export const validateRouter = router({
  run: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/validate", summary: "Validate files with the same rules as the editor" } })
    .input(zValidateInput)
    .mutation(({ input }) => validateCode(input.files)),
  config: protectedProcedure.query(async () => ({ allowedImports: (await getSettings()).allowedImports })),
});
