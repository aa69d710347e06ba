/**
 * On-disk layout of the local runtime, one folder per app:
 *   ${dataDir}/apps/<appId>/code/<codeHash>/   the version's files (written atomically)
 *   ${dataDir}/apps/<appId>/logs/app.log       JSON lines of LogLine (see log-store.ts)
 *   ${dataDir}/apps/<appId>/state.json         the process we last started (stale-pid cleanup)
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/server/env";
import { Invalid } from "@/server/errors";

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function appDir(appId: string): string {
  if (!SAFE_ID.test(appId)) throw Invalid(`Invalid app id: ${JSON.stringify(appId)}`);
  return path.join(env().dataDir, "apps", appId);
}

/** Ids of every app that has a folder (reconcile looks for orphans among them). */
export async function appIdsOnDisk(): Promise<string[]> {
  const entries = await fs.readdir(path.join(env().dataDir, "apps"), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && SAFE_ID.test(e.name)).map((e) => e.name);
}

export function codeDir(appId: string, codeHash: string): string {
  if (!SAFE_ID.test(codeHash)) throw Invalid("Invalid code hash");
  return path.join(appDir(appId), "code", codeHash);
}

export function logsDir(appId: string): string {
  return path.join(appDir(appId), "logs");
}

/** Resolve a spec path inside `root`, refusing anything that would escape it. */
function safeJoin(root: string, rel: string): string {
  const target = path.resolve(root, rel);
  if (path.isAbsolute(rel) || !target.startsWith(root + path.sep)) {
    throw Invalid(`Invalid file path: ${JSON.stringify(rel)}`);
  }
  return target;
}

/**
 * Write a version's files to code/<codeHash>/ unless that folder already exists. Files go to a
 * temporary sibling first and the folder is renamed into place, so a half-written version is
 * never visible (content-addressed: an existing folder is complete).
 */
export async function writeCode(appId: string, codeHash: string, files: Record<string, string>): Promise<string> {
  const dir = codeDir(appId, codeHash);
  if (await exists(dir)) return dir;
  const tmp = path.join(path.dirname(dir), `.tmp-${codeHash}-${randomBytes(4).toString("hex")}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    for (const [rel, text] of Object.entries(files)) {
      const file = safeJoin(tmp, rel);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text, "utf8");
    }
    await fs.rename(tmp, dir);
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true });
    // Another deploy of the same hash won the rename: its folder is just as good.
    if (isErrno(err, "ENOTEMPTY") || isErrno(err, "EEXIST")) return dir;
    throw err;
  }
  return dir;
}

/** Delete code folders of versions that `keep` does not claim (asked at deletion time). */
export async function pruneCode(appId: string, keep: (codeHash: string) => boolean): Promise<void> {
  const root = path.join(appDir(appId), "code");
  const entries = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of entries) {
    if (name.startsWith(".tmp-") || keep(name)) continue; // .tmp-*: a write in progress
    await fs.rm(path.join(root, name), { recursive: true, force: true });
  }
}

export async function removeAppDir(appId: string): Promise<void> {
  await fs.rm(appDir(appId), { recursive: true, force: true });
}

export interface ProcessState {
  pid?: number;
  port?: number;
  codeHash?: string;
  startedAt?: string;
}

function statePath(appId: string): string {
  return path.join(appDir(appId), "state.json");
}

export async function readState(appId: string): Promise<ProcessState> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(statePath(appId), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as ProcessState) : {};
  } catch {
    return {};
  }
}

export async function writeState(appId: string, state: ProcessState): Promise<void> {
  const file = statePath(appId);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(state)}\n`, "utf8");
  await fs.rename(tmp, file);
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === "object" && err !== null && (err as NodeJS.ErrnoException).code === code;
}
