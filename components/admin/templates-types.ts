import type { RouterOutputs } from "@/lib/trpc/react";

/** One row of the admin Templates table (every template, hidden ones and every user's). */
export type AdminTemplate = RouterOutputs["admin"]["templates"]["templates"][number];
