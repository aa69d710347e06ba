import { adminRouter } from "@/server/routers/admin";
import { appsRouter } from "@/server/routers/apps";
import { authRouter } from "@/server/routers/auth";
import { dataRouter } from "@/server/routers/data";
import { systemRouter } from "@/server/routers/system";
import { templatesRouter } from "@/server/routers/templates";
import { validateRouter } from "@/server/routers/validate";
import { createCallerFactory, router } from "@/server/trpc";

export const appRouter = router({
  auth: authRouter,
  validate: validateRouter,
  apps: appsRouter,
  admin: adminRouter,
  data: dataRouter,
  system: systemRouter,
  templates: templatesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
