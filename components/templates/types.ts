import type { RouterOutputs } from "@/lib/trpc/react";

/** A template as the gallery and the admin table list it (no files). */
export type TemplateSummary = RouterOutputs["templates"]["list"]["templates"][number];
