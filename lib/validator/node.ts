import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createValidator } from "./index";
import type { Validator, WasmFile } from "./types";

// Server and tests: both wasm files come straight from node_modules.

const PACKAGE: Record<WasmFile, string> = {
  "web-tree-sitter.wasm": "web-tree-sitter",
  "tree-sitter-python.wasm": "tree-sitter-python",
};

/** web-tree-sitter exports its wasm; tree-sitter-python has no exports map, only the file. */
function resolveInPackage(file: WasmFile): string {
  const resolveFrom = createRequire(import.meta.url);
  if (file === "web-tree-sitter.wasm") return resolveFrom.resolve("web-tree-sitter/web-tree-sitter.wasm");
  return join(dirname(resolveFrom.resolve("tree-sitter-python/package.json")), file);
}

/** Absolute path of a wasm file: resolved from this module, else from the working directory. */
export function wasmPath(file: WasmFile): string {
  const candidates: string[] = [];
  try {
    candidates.push(resolveInPackage(file));
  } catch {
    // Bundled server code may not resolve packages from its own location.
  }
  candidates.push(join(process.cwd(), "node_modules", PACKAGE[file], file), join(process.cwd(), "public", "wasm", file));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`validator: cannot find ${file} (looked in ${candidates.join(", ")})`);
  return found;
}

let validator: Promise<Validator> | undefined;

/** The process-wide validator, created on first use. */
export function getValidator(): Promise<Validator> {
  validator ??= createValidator(async (file) => new Uint8Array(await readFile(wasmPath(file)))).catch((error: unknown) => {
    validator = undefined;
    throw error;
  });
  return validator;
}

export type { ValidationError, ValidationResult, Validator, ValidatorOptions } from "./index";
export { DEFAULT_ALLOWED_IMPORTS, FILE_LIMITS } from "./index";
