import type { RouterOutputs } from "@/lib/trpc/react";

/** One row of `admin.users`. */
export type AdminUser = RouterOutputs["admin"]["users"]["users"][number];
