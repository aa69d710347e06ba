import { REQUEST_STATUS_CLASSES, type RequestStatusClass } from "@/lib/schemas/app-data";
import type { RouterOutputs } from "@/lib/trpc/react";

/** The dashboard's data, as the API answers it (apps.requests, apps.metrics, apps.collections, apps.logsFollow). */
export type StatusClass = RequestStatusClass;
export const STATUS_CLASSES: readonly StatusClass[] = REQUEST_STATUS_CLASSES;

export type RequestLog = RouterOutputs["apps"]["requests"]["requests"][number];

export type Metrics = RouterOutputs["apps"]["metrics"];
export type MetricsWindow = Metrics["window"];
export type MetricsPoint = Metrics["series"][number];

export type CollectionInfo = RouterOutputs["apps"]["collections"]["collections"][number];

export interface LogLine {
  /** ISO time. */
  ts: string;
  stream: "stdout" | "stderr" | "system";
  text: string;
}
