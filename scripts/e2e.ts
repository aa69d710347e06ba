/**
 * test:e2e — a fresh production build of the UI, a real Mongo-wire server (MONGODB_URL from the
 * environment, else SecantusDB from the runner's dev venv), then Playwright (one worker,
 * Debian's Chromium) against Kiln started by playwright.config.ts.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMongo } from "../tests/support/mongo";

const root = path.resolve(import.meta.dirname, "..");

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

async function main(): Promise<number> {
  const built = run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
  if (built !== 0) return built;
  const mongo = await startMongo();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-e2e-"));
  try {
    return run(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], {
      E2E_DATA_DIR: dataDir,
      MONGODB_URL: mongo.url,
    });
  } finally {
    await mongo.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
