import { z } from "zod";

/** A module path as the validator's allow-list takes it: `fastapi`, `urllib.parse`. */
export const zModuleName = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, "allowed imports are dotted Python module names such as `urllib.parse`");

export const zSettingsPatch = z
  .object({
    signupEnabled: z.boolean().optional(),
    allowedImports: z.array(zModuleName).max(500, "at most 500 allowed imports").optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof zSettingsPatch>;
