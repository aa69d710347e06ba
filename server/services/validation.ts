import type { ValidationError, ValidationResult } from "@/lib/validator";
import { getValidator } from "@/lib/validator/node";
import { Invalid, TooLarge } from "@/server/errors";
import { getSettings } from "@/server/services/settings";

const SIZE_RULES = new Set(["too-many-files", "file-too-large", "total-too-large"]);
const NAME_RULES = new Set(["file-type", "file-name"]);

/** Every rule, the same as the editor runs in the browser, with the admin's allow-list. */
export async function validateCode(files: Record<string, string>): Promise<ValidationResult> {
  const [validator, settings] = await Promise.all([getValidator(), getSettings()]);
  return validator.validate(files, { allowedImports: settings.allowedImports });
}

/** What even a draft must respect: limits (413) and file names/types (400). Code may be unfinished. */
export async function assertStorableFiles(files: Record<string, string>): Promise<ValidationResult> {
  const result = await validateCode(files);
  throwForFileErrors(result.errors);
  return result;
}

export function throwForFileErrors(errors: ValidationError[]): void {
  const size = errors.filter((e) => SIZE_RULES.has(e.rule));
  if (size.length > 0) throw TooLarge(size.map((e) => e.message).join("; "), size);
  const names = errors.filter((e) => NAME_RULES.has(e.rule));
  if (names.length > 0) throw Invalid(names.map((e) => `${e.file}: ${e.message}`).join("; "), names);
}
