import { z } from "zod";

export const zUsername = z
  .string()
  .trim()
  .min(3, "username must be at least 3 characters")
  .max(32, "username must be at most 32 characters")
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "username may contain letters, digits, '.', '_' and '-' only");

export const zPassword = z.string().min(8, "password must be at least 8 characters").max(256, "password must be at most 256 characters");

export const zCredentials = z.object({ username: zUsername, password: zPassword });
export type Credentials = z.infer<typeof zCredentials>;

/** Login does not re-check password rules (an admin may have set an older password). */
export const zLoginInput = z.object({
  username: z.string().trim().min(1, "username is required"),
  password: z.string().min(1, "password is required"),
});
export type LoginInput = z.infer<typeof zLoginInput>;
