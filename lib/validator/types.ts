/** Every rule the validator can report; the `rule` field of a ValidationError. */
export type RuleId =
  | "syntax"
  | "indentation"
  | "import-not-allowed"
  | "blocked-call"
  | "blocked-name"
  | "blocked-attribute"
  | "open-outside-app"
  | "module-shadows-stdlib"
  | "entrypoint-missing"
  | "entrypoint-no-app"
  | "file-too-large"
  | "too-many-files"
  | "total-too-large"
  | "file-type"
  | "file-name";

/**
 * One problem in one file. `line` and `column` are 1-based; columns count UTF-16 code units
 * (what Monaco uses). Project-level problems (too-many-files, total-too-large) have `file: ""`.
 */
export interface ValidationError {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: RuleId;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}

export interface ValidatorOptions {
  /** Top-level or dotted module names; a dotted entry allows that subtree. */
  allowedImports: readonly string[];
  /** The file that must bind `app`; default "app.py". */
  entrypoint?: string;
}

export interface Validator {
  /** Synchronous once created. `files` maps relative paths to their text. */
  validate(files: Record<string, string>, opts?: ValidatorOptions): ValidationResult;
}

/** The two WebAssembly files the validator needs. */
export type WasmFile = "web-tree-sitter.wasm" | "tree-sitter-python.wasm";

/**
 * Gives the validator a wasm file: its bytes, or a URL/path that web-tree-sitter loads itself
 * (fetch in the browser, fs in Node).
 */
export type WasmLocator = (file: WasmFile) => Uint8Array | string | Promise<Uint8Array | string>;
