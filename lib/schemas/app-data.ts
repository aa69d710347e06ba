import { z } from "zod";
import { METRICS_WINDOWS } from "@/lib/metrics/windows";
import { zAppId, zLogsInput } from "@/lib/schemas/apps";

/** What an app served and how fast: the dashboard's requests, metrics and collections (issue #3). */

export const REQUEST_STATUS_CLASSES = ["2xx", "3xx", "4xx", "5xx"] as const;
export type RequestStatusClass = (typeof REQUEST_STATUS_CLASSES)[number];

export const zRequestsInput = z.object({
  id: zAppId,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the previous page (opaque). */
  before: z.string().max(200).optional(),
  status: z.enum(REQUEST_STATUS_CLASSES).optional(),
  /** Case-insensitive substring of the request path (matched literally, not as a pattern). */
  path: z.string().max(200).optional(),
});
export type RequestsInput = z.infer<typeof zRequestsInput>;

export const zMetricsInput = z.object({ id: zAppId, window: z.enum(METRICS_WINDOWS).default("24h") });
export type MetricsInput = z.infer<typeof zMetricsInput>;

/** Tail first, then live lines (tRPC subscription `apps.logsFollow`). */
export const zLogsFollowInput = zLogsInput;
export type LogsFollowInput = z.infer<typeof zLogsFollowInput>;
