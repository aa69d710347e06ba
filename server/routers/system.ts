import { systemStatus } from "@/server/services/system";
import { protectedProcedure, router } from "@/server/trpc";

export const systemRouter = router({
  /** Whether MongoDB-backed features are available, and why not. */
  status: protectedProcedure.query(() => systemStatus()),
});
