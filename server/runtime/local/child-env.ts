/**
 * The environment of an app process: a fixed minimal base (never Kiln's own environment, which
 * holds platform secrets), then the user's variables, then the runner's contract variables,
 * which the user cannot override. Values are never logged.
 */
import path from "node:path";

/** Names the platform owns, or that would let an env var change how Python itself starts. */
const BLOCKED_ENV = /^(CODE_PATH|KILN_.*|PORT|HOST|APP_ID|PLATFORM_MONGO_URI|PYTHONHOME|PYTHONPATH|PYTHONSTARTUP|LD_.*|DYLD_.*)$/;

export interface ChildEnvOptions {
  appId: string;
  codeDir: string;
  entrypoint: string;
  userEnv: Record<string, string>;
  mongoUri?: string;
  /** The runner exits when its stdin (a pipe from Kiln) closes, so a killed Kiln leaves no orphans. */
  exitWithKiln?: boolean;
}

/** What every runner starts with, pooled or not: what Python reads at interpreter start is equal. */
function baseEnv(pythonPath: string): Record<string, string> {
  return {
    PATH: [path.dirname(pythonPath), "/usr/local/bin", "/usr/bin", "/bin"].join(path.delimiter),
    LANG: "C.UTF-8",
    PYTHONUNBUFFERED: "1",
    PYTHONIOENCODING: "utf-8",
  };
}

/**
 * A warm pool process (runner/README.md, "Warm pool"): the base only, plus KILN_POOL=1. It sends
 * the app's full childEnv() on adoption and the runner replaces its environment with it.
 */
export function poolEnv(pythonPath: string): Record<string, string> {
  return { ...baseEnv(pythonPath), KILN_POOL: "1" };
}

export function childEnv(o: ChildEnvOptions, pythonPath: string): Record<string, string> {
  const user = Object.fromEntries(Object.entries(o.userEnv).filter(([k]) => !BLOCKED_ENV.test(k)));
  return {
    ...baseEnv(pythonPath),
    ...user,
    CODE_PATH: o.codeDir,
    KILN_ENTRYPOINT: o.entrypoint,
    PORT: "0",
    HOST: "127.0.0.1",
    APP_ID: o.appId,
    ...(o.exitWithKiln !== false ? { KILN_EXIT_WITH_PARENT: "1" } : {}),
    ...(o.mongoUri ? { PLATFORM_MONGO_URI: o.mongoUri } : {}),
  };
}
