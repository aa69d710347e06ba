#!/usr/bin/env node
// test:e2e — a fresh production build of the UI, then Playwright (one worker, Debian's Chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-e2e-"));
try {
  run(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], {
    E2E_DATA_DIR: dataDir,
  });
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
