import { FILE_LIMITS } from "./defaults";
import { STDLIB_MODULES } from "./stdlib-modules";
import type { RuleId, ValidationError } from "./types";

const NAME_PATTERN = /^[A-Za-z0-9_\-./]+$/;

/** UTF-8 length of a string without allocating. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function bytesText(bytes: number): string {
  return `${bytes.toLocaleString("en-US")} bytes`;
}

function limitText(bytes: number): string {
  return `${bytes / 1024} KB (${bytesText(bytes)})`;
}

/** Why a file name is refused, or null. */
export function nameProblem(name: string): string | null {
  if (name === "") return "file name is empty";
  if (name.includes("\\")) return "use `/` in file paths, not backslashes";
  if (name.startsWith("/")) return "file paths must be relative, not absolute";
  const segments = name.split("/");
  if (segments.includes("..")) return "file paths may not contain `..`";
  if (segments.includes("")) return "file paths may not contain empty segments";
  if (segments.some((s) => s.startsWith("."))) return "hidden files and folders (starting with `.`) are not allowed";
  if (!NAME_PATTERN.test(name)) return "file names may only use letters, digits, `_`, `-`, `.` and `/`";
  return null;
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}

export interface FileCheck {
  errors: ValidationError[];
  /** Python files fit to parse (good name, allowed type, within the size limit). */
  python: string[];
  /** Every well-named .py file, parsed or not: the modules the app provides. */
  modules: string[];
}

/** Count, size, type and name limits over the whole project. */
export function checkFiles(files: Record<string, string>): FileCheck {
  const errors: ValidationError[] = [];
  const python: string[] = [];
  const modules: string[] = [];
  const report = (file: string, rule: RuleId, message: string) => errors.push({ file, line: 1, column: 1, message, rule });
  const names = Object.keys(files);
  if (names.length > FILE_LIMITS.maxFiles) {
    report("", "too-many-files", `${names.length} files: at most ${FILE_LIMITS.maxFiles} are allowed`);
  }
  let total = 0;
  for (const name of names) {
    const bytes = utf8Bytes(files[name] ?? "");
    total += bytes;
    const problem = nameProblem(name);
    const extension = extensionOf(name);
    const allowed: readonly string[] = FILE_LIMITS.extensions;
    if (!problem && extension === ".py") modules.push(name);
    if (problem) report(name, "file-name", problem);
    else if (!allowed.includes(extension)) {
      const what = extension ? `\`${extension}\` files are not allowed` : "files need an extension";
      report(name, "file-type", `${what} (allowed: ${allowed.join(" ")})`);
    } else if (bytes > FILE_LIMITS.maxFileBytes) {
      report(name, "file-too-large", `${name} is ${bytesText(bytes)}; the limit is ${limitText(FILE_LIMITS.maxFileBytes)} per file`);
    } else if (extension === ".py") python.push(name);
  }
  if (total > FILE_LIMITS.maxTotalBytes) {
    report("", "total-too-large", `the files total ${bytesText(total)}; the limit is ${limitText(FILE_LIMITS.maxTotalBytes)}`);
  }
  return { errors, python, modules };
}

/** Top-level module names the app provides: `x.py` at the root, or a folder holding .py files. */
export function localModules(pythonFiles: readonly string[]): Map<string, string> {
  const modules = new Map<string, string>();
  for (const name of [...pythonFiles].sort()) {
    const [first = "", ...rest] = name.split("/");
    const module = rest.length === 0 ? first.slice(0, -3) : first;
    const current = modules.get(module);
    // Report a package on its __init__.py when it has one, else on its first file.
    if (!current || name === `${module}/__init__.py`) modules.set(module, name);
  }
  return modules;
}

/** A user module may not be named like a standard-library or allowed module. */
export function checkShadowing(modules: ReadonlyMap<string, string>, allowed: readonly string[]): ValidationError[] {
  const allowedRoots = new Set(allowed.map((entry) => entry.split(".")[0]));
  const errors: ValidationError[] = [];
  for (const [module, file] of modules) {
    if (!STDLIB_MODULES.has(module) && !allowedRoots.has(module)) continue;
    const kind = STDLIB_MODULES.has(module) ? "the standard-library module" : "the allowed module";
    const message = `\`${file}\` shadows ${kind} \`${module}\`: rename it`;
    errors.push({ file, line: 1, column: 1, message, rule: "module-shadows-stdlib" });
  }
  return errors;
}
