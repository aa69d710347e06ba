import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface KilnProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

/** The test runner's environment, less MONGODB_URL: a Kiln has MongoDB only when a test gives it one. */
function inherited(): NodeJS.ProcessEnv {
  const { MONGODB_URL: _ignored, ...rest } = process.env;
  return rest;
}

/** Starts a real Kiln (API + gateway, no UI) as a child process and waits for its KILN_LISTENING line. */
export async function startKiln(opts: { dataDir?: string; port?: number; env?: Record<string, string> } = {}): Promise<KilnProcess> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "kiln-it-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/start.ts", "--api-only"],
    {
      cwd: root,
      env: { ...inherited(), KILN_DATA_DIR: dataDir, PORT: String(opts.port ?? 0), HOST: "127.0.0.1", NODE_ENV: "production", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  readline.createInterface({ input: child.stderr! }).on("line", (l) => output.push(l));
  const port = await new Promise<number>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout! });
    rl.on("line", (line) => {
      output.push(line);
      if (line.startsWith("KILN_LISTENING ")) resolve((JSON.parse(line.slice(15)) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`Kiln exited (${code}) before listening:\n${output.join("\n")}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    child,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
