import { z } from "zod";

export const zAppId = z.string().min(1, "id is required").max(64);

/** path → text. Limits and names are checked by the validator (lib/validator) with clear errors. */
export const zFiles = z.record(z.string(), z.string());
export type Files = z.infer<typeof zFiles>;

export const zAppName = z.string().trim().min(1, "name is required").max(60, "name must be at most 60 characters");

export const zEnvVarInput = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "env var names use letters, digits and '_' and do not start with a digit")
    .max(128)
    .refine((n) => !/^(KILN_|PLATFORM_)/i.test(n), "env var names starting with KILN_ or PLATFORM_ are reserved"),
  /** Omit for an existing secret to keep its value. */
  value: z
    .string()
    .max(32 * 1024, "env var values are limited to 32 KB")
    .optional(),
  secret: z.boolean().default(false),
});
export type EnvVarInput = z.infer<typeof zEnvVarInput>;

export const zEnvList = z.array(zEnvVarInput).max(100, "at most 100 env vars per app");

export const zAppCreateInput = z.object({
  name: zAppName,
  files: zFiles.optional(),
  env: zEnvList.optional(),
  template: z.string().optional(),
});
export type AppCreateInput = z.infer<typeof zAppCreateInput>;

/** Seconds without a request before the app sleeps: 0 = never, null = the admin default (#8). */
export const SLEEP_SECONDS_MIN = 60;
export const SLEEP_SECONDS_MAX = 7 * 86_400;
export const zSleepSeconds = z
  .number({ message: "a number of seconds, 0 (never) or null (the admin default)" })
  .int("whole seconds")
  .refine(
    (n) => n === 0 || (n >= SLEEP_SECONDS_MIN && n <= SLEEP_SECONDS_MAX),
    `0 (never) or between ${SLEEP_SECONDS_MIN} seconds and 7 days (${SLEEP_SECONDS_MAX})`,
  )
  .nullable();

export const zAppUpdateInput = z.object({
  id: zAppId,
  name: zAppName.optional(),
  files: zFiles.optional(),
  env: zEnvList.optional(),
  sleepSeconds: zSleepSeconds.optional(),
});
export type AppUpdateInput = z.infer<typeof zAppUpdateInput>;

export const zAppRef = z.object({ id: zAppId });

export const zDeployInput = z.object({ id: zAppId, files: zFiles.optional(), message: z.string().max(200).optional() });
export type DeployInput = z.infer<typeof zDeployInput>;

export const zDeploymentRef = z.object({ id: zAppId, deploymentId: z.string().min(1) });

export const zLogsInput = z.object({ id: zAppId, tail: z.coerce.number().int().min(1).max(5000).default(200) });

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export const zAppCallInput = z.object({
  id: zAppId,
  method: z.enum(HTTP_METHODS),
  path: z.string().startsWith("/", "path must start with '/'").max(2048),
  headers: z.record(z.string(), z.string()).default({}),
  body: z
    .string()
    .max(1024 * 1024, "body is limited to 1 MB")
    .optional(),
});
export type AppCallInput = z.infer<typeof zAppCallInput>;

export const zValidateInput = z.object({ files: zFiles });

export const zVersionRef = z.object({ id: zAppId, versionId: z.string().min(1, "versionId is required").max(64) });

/** Clone: files and env (secret values are not copied) under a new name. */
export const zAppCloneInput = z.object({ id: zAppId, name: zAppName }).strict();
export type AppCloneInput = z.infer<typeof zAppCloneInput>;
