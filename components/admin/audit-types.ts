import type { RouterOutputs } from "@/lib/trpc/react";

/** One record of `admin.audit`. */
export type AuditEvent = RouterOutputs["admin"]["audit"]["events"][number];
