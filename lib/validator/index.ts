import { Language, Parser } from "web-tree-sitter";
import { collectBindings } from "./bindings";
import { DEFAULT_ALLOWED_IMPORTS } from "./defaults";
import { checkEntrypoint } from "./entrypoint";
import { checkFiles, checkShadowing, localModules } from "./files";
import { checkImports } from "./imports";
import { checkIndentation } from "./indentation";
import { findDiamonds, findNames, wordsWorthChecking } from "./names";
import { checkReferences } from "./references";
import { readStructure } from "./structure";
import { checkSyntax } from "./syntax";
import type { ValidationError, ValidationResult, Validator, ValidatorOptions, WasmLocator } from "./types";

export { DEFAULT_ALLOWED_IMPORTS, FILE_LIMITS } from "./defaults";
export type {
  RuleId,
  ValidationError,
  ValidationResult,
  Validator,
  ValidatorOptions,
  WasmFile,
  WasmLocator,
} from "./types";

let runtime: Promise<void> | undefined;

/** web-tree-sitter's runtime is one per JS realm: initialise it once. */
function initRuntime(loadWasm: WasmLocator): Promise<void> {
  runtime ??= (async () => {
    const wasm = await loadWasm("web-tree-sitter.wasm");
    await Parser.init(typeof wasm === "string" ? { locateFile: () => wasm } : { wasmBinary: wasm });
  })().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

function byPosition(a: ValidationError, b: ValidationError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

function validatePython(parser: Parser, file: string, source: string, ctx: ProjectContext): ValidationError[] {
  const tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter could not parse ${file}`);
  try {
    const s = readStructure(tree);
    const bindings = collectBindings(s);
    const names = findNames(s.root, source, wordsWorthChecking(bindings));
    // After a syntax error tree-sitter's recovery blurs the statement structure, so
    // indentation is only trusted on the lines before it.
    const syntax = checkSyntax(file, s, findDiamonds(s.root, source));
    const firstSyntaxLine = syntax[0]?.line ?? Number.POSITIVE_INFINITY;
    const indentation = checkIndentation(file, source, s).filter((e) => e.line < firstSyntaxLine);
    return [
      ...syntax,
      ...indentation,
      ...checkImports(s, { file, allowed: ctx.allowed, localModules: ctx.modules }),
      ...checkReferences(names, { file, bindings, allowed: ctx.allowed, scopes: new Map() }),
      ...(file === ctx.entrypoint ? checkEntrypoint(file, s.topLevel, bindings) : []),
    ];
  } finally {
    tree.delete();
  }
}

interface ProjectContext {
  allowed: readonly string[];
  modules: ReadonlySet<string>;
  entrypoint: string;
}

function validateProject(parser: Parser, files: Record<string, string>, opts: ValidatorOptions): ValidationResult {
  const entrypoint = opts.entrypoint ?? "app.py";
  const { errors, python, modules: pythonFiles } = checkFiles(files);
  const modules = localModules(pythonFiles);
  const ctx = { allowed: opts.allowedImports, modules: new Set(modules.keys()), entrypoint };
  errors.push(...checkShadowing(modules, opts.allowedImports));
  for (const file of python) errors.push(...validatePython(parser, file, files[file] ?? "", ctx));
  if (!Object.hasOwn(files, entrypoint)) {
    const message = `the entrypoint \`${entrypoint}\` is missing`;
    errors.push({ file: entrypoint, line: 1, column: 1, message, rule: "entrypoint-missing" });
  }
  errors.sort(byPosition);
  return { ok: errors.length === 0, errors };
}

/**
 * Loads tree-sitter and the Python grammar (async, once), then validates synchronously.
 * The same code runs in the browser (editor) and on the server (deploy).
 */
export async function createValidator(loadWasm: WasmLocator): Promise<Validator> {
  await initRuntime(loadWasm);
  const language = await Language.load(await loadWasm("tree-sitter-python.wasm"));
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    validate: (files, opts = { allowedImports: DEFAULT_ALLOWED_IMPORTS }) => validateProject(parser, files, opts),
  };
}
