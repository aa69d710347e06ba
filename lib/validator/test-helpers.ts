import { getValidator } from "./node";
import type { ValidationError, ValidatorOptions } from "./types";

/** A minimal valid entrypoint, so a test sees only the errors of the file under test. */
export const APP = "from fastapi import FastAPI\n\napp = FastAPI()\n";

export async function validate(files: Record<string, string>, opts?: ValidatorOptions) {
  return (await getValidator()).validate(files, opts);
}

/** Errors of `source` checked as `mod.py` beside a valid app.py. */
export async function errorsIn(source: string, opts?: ValidatorOptions): Promise<ValidationError[]> {
  return (await validate({ "app.py": APP, "mod.py": source }, opts)).errors;
}

/** `rule@line:column`, the compact form most assertions compare. */
export function brief(errors: readonly ValidationError[]): string[] {
  return errors.map((e) => `${e.rule}@${e.line}:${e.column}`);
}

/** A dense, valid FastAPI route block, repeated to build files near the 100 KB limit. */
export const BIG_CHUNK = [
  "@app.get('/items/{item_id}')",
  "async def read_item(item_id: int, q: str | None = None) -> dict[str, object]:",
  "    data = {'id': item_id, 'q': q, 'tags': [t.upper() for t in ('a', 'b') if t]}",
  "    if (n := len(data)) > 2:",
  "        return {**data, 'n': n}",
  "    return data",
  "",
].join("\n");
