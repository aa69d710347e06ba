import { createValidator } from "./index";
import type { Validator, WasmFile } from "./types";

// Browser: the wasm files are served from public/wasm/ (copied there by scripts/copy-wasm.mjs).

export const WASM_BASE_URL = "/wasm/";

async function fetchWasm(file: WasmFile): Promise<Uint8Array> {
  const response = await fetch(`${WASM_BASE_URL}${file}`);
  if (!response.ok) throw new Error(`could not load ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let validator: Promise<Validator> | undefined;

/** The page-wide validator, created on first use. */
export function getValidator(): Promise<Validator> {
  validator ??= createValidator(fetchWasm).catch((error: unknown) => {
    validator = undefined;
    throw error;
  });
  return validator;
}

export type { ValidationError, ValidationResult, Validator, ValidatorOptions } from "./index";
export { DEFAULT_ALLOWED_IMPORTS, FILE_LIMITS } from "./index";
