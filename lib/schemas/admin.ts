import { z } from "zod";
import { checkEgressEntry, MAX_EGRESS_ENTRIES } from "@/lib/network/egress";
import { zCredentials } from "@/lib/schemas/auth";

/** A module path as the validator's allow-list takes it: `fastapi`, `urllib.parse`. */
export const zModuleName = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, "allowed imports are dotted Python module names such as `urllib.parse`");

/** A network apps may reach besides DNS and MongoDB: "CIDR" or "CIDR:port" (lib/network/egress.ts). */
export const zEgressEntry = z
  .string()
  .trim()
  .superRefine((entry, ctx) => {
    const checked = checkEgressEntry(entry);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.error });
  });

/** Resources an app gets unless it says otherwise (the runtimes apply them). */
export const zResources = z
  .object({
    memoryMb: z.number().int().min(64, "at least 64 MB").max(65_536, "at most 65,536 MB"),
    cpuMillis: z.number().int().min(50, "at least 50 millicores").max(64_000, "at most 64,000 millicores"),
  })
  .strict();

export const zSettingsPatch = z
  .object({
    signupEnabled: z.boolean().optional(),
    allowedImports: z.array(zModuleName).max(500, "at most 500 allowed imports").optional(),
    /** Seconds without a request before an app sleeps (#8); null = never. */
    defaultSleepSeconds: z
      .number()
      .int()
      .min(60, "at least 60 seconds")
      .max(30 * 86_400, "at most 30 days")
      .nullable()
      .optional(),
    defaultResources: zResources.optional(),
    maxAppsPerUser: z.number().int().min(1, "at least 1").max(10_000, "at most 10,000").optional(),
    /** Networks apps may reach besides DNS and MongoDB (the Kubernetes runtime's NetworkPolicy). */
    egressAllowList: z.array(zEgressEntry).max(MAX_EGRESS_ENTRIES, `at most ${MAX_EGRESS_ENTRIES} egress entries`).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof zSettingsPatch>;

export const zUserRef = z.object({ id: z.string().min(1).max(64) });

export const zAdminCreateUser = zCredentials.extend({ role: z.enum(["admin", "user"]).default("user") }).strict();
export type AdminCreateUser = z.infer<typeof zAdminCreateUser>;

export const zAdminUpdateUser = zUserRef
  .extend({ role: z.enum(["admin", "user"]).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: "give role or disabled", path: ["role"] });
export type AdminUpdateUser = z.infer<typeof zAdminUpdateUser>;

/** REST passes query strings: "true"/"false" become booleans. */
const zQueryBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

export const zAdminDeleteUser = zUserRef
  .extend({
    /** Also drop the user's MongoDB database (their data). Off unless ticked. */
    dropDatabase: zQueryBool.default(false),
    /** Typed confirmation: the username of the user being deleted. */
    confirm: z.string().min(1, "type the username to confirm"),
  })
  .strict();
export type AdminDeleteUser = z.infer<typeof zAdminDeleteUser>;

export const zAuditQuery = z
  .object({
    /** An action (`admin.user_deleted`) or a family ending in a dot (`auth.`). */
    action: z
      .string()
      .regex(/^[a-z_]+\.([a-z_]+)?$/, "an action such as admin.user_deleted, or a family such as auth.")
      .optional(),
    actor: z.string().max(64).optional(),
    target: z.string().max(200).optional(),
    since: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.string().max(64).optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof zAuditQuery>;
