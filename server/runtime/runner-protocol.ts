/**
 * The runner's line protocol (runner/kiln_runner): pure parsing, no I/O.
 *   stdout: KILN_READY {"port": N, "pid": P}
 *   stderr: KILN_ERROR {"kind", "message", "file", "line", "column", "traceback"}  (then exit 3)
 */
import path from "node:path";
import type { DeployFailure } from "@/server/runtime/types";

export const READY_PREFIX = "KILN_READY ";
export const ERROR_PREFIX = "KILN_ERROR ";

export interface ReadyInfo {
  port: number;
  pid?: number;
}

export function parseReady(line: string): ReadyInfo | undefined {
  if (!line.startsWith(READY_PREFIX)) return undefined;
  const v = parseObject(line.slice(READY_PREFIX.length));
  const port = v?.port;
  if (typeof port !== "number" || !Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return { port, pid: typeof v?.pid === "number" ? v.pid : undefined };
}

/**
 * Turn a KILN_ERROR line into a DeployFailure. `codeDir` lets an absolute file path from the
 * runner be shown relative to the app (the editor knows "app.py", not our data folder).
 */
export function parseLoadError(line: string, codeDir: string): DeployFailure | undefined {
  if (!line.startsWith(ERROR_PREFIX)) return undefined;
  const v = parseObject(line.slice(ERROR_PREFIX.length));
  if (!v) return { kind: "internal", message: "The runner reported an error it could not describe" };
  const kind = typeof v.kind === "string" && v.kind ? v.kind : "internal";
  const message = typeof v.message === "string" && v.message ? v.message : `Failed to load the app (${kind})`;
  const failure: DeployFailure = { kind, message };
  const file = typeof v.file === "string" ? appRelative(v.file, codeDir) : undefined;
  const lineNo = typeof v.line === "number" && v.line > 0 ? v.line : undefined;
  if (file && lineNo) {
    failure.location = { file, line: lineNo };
    if (typeof v.column === "number" && v.column > 0) failure.location.column = v.column;
  }
  if (typeof v.traceback === "string" && v.traceback) failure.traceback = scrubPaths(v.traceback, codeDir);
  return failure;
}

/** "/data/apps/x/code/h/pkg/util.py" → "pkg/util.py"; paths outside the app are left out. */
export function appRelative(file: string, codeDir: string): string | undefined {
  if (!path.isAbsolute(file)) return file.replaceAll("\\", "/").replace(/^\.\//, "");
  const rel = path.relative(codeDir, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

/** Replace our data folder in text shown to users with nothing: "File \"app.py\", line 3". */
export function scrubPaths(text: string, codeDir: string): string {
  return text.replaceAll(`${codeDir}${path.sep}`, "");
}

function parseObject(json: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
