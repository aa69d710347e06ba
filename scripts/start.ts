/**
 * `npm start`: Kiln on one port with embedded defaults. Prepares what a fresh clone lacks
 * (runner venv, database schema, UI build), then serves UI, API and app gateway.
 * Flags: --dev (Next dev server), --api-only (no UI; used by integration tests).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { verifySecretKey } from "@/server/crypto/key-check";
import { env, setListeningPort } from "@/server/env";
import { createKilnServer, type UiHandler } from "@/server/http/kiln-server";
import { getRuntime } from "@/server/runtime";
import { reconcileApps, reconcileRuntime, startReconcileLoop } from "@/server/services/reconcile";
import { abandonRollouts } from "@/server/services/rollout";
import { startSleeper } from "@/server/services/sleeper";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const apiOnly = process.argv.includes("--api-only");

/** Runs one preparation step; its output is shown only when it fails or takes a while (builds). */
function step(what: string, cmd: string, args: string[], opts: { quiet?: boolean } = {}): void {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ["ignore", opts.quiet ? "pipe" : "inherit", opts.quiet ? "pipe" : "inherit"],
    env: process.env,
  });
  if (r.status !== 0) {
    if (opts.quiet) process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    console.error(`[kiln] ${what} failed (exit ${r.status ?? r.signal}); see the output above`);
    process.exit(1);
  }
  const ms = Date.now() - started;
  if (ms > 2000) console.log(`[kiln] ${what}: done in ${(ms / 1000).toFixed(1)} s`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function uiBuildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return ["app", "components", "lib", "stores", "public"].some((d) => newestMtime(path.join(root, d)) > built);
}

async function main(): Promise<void> {
  const e = env();
  // Only the local runtime runs Python here; on Kubernetes the runner image has its own.
  if (!e.KILN_PYTHON && e.KILN_RUNTIME === "local")
    step("Python runner environment", "bash", [path.join(root, "runner", "ensure-venv.sh")]);
  step("Database schema", process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], { quiet: true });

  try {
    await verifySecretKey();
  } catch (err) {
    console.error(`[kiln] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }

  let ui: UiHandler | undefined;
  if (!apiOnly) {
    if (!dev && uiBuildIsStale()) {
      console.log("[kiln] Building the UI (first start or changed sources; takes a minute or two)…");
      step("UI build", process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"]);
    }
    const { default: next } = await import("next");
    const app = next({ dev, dir: root, hostname: "localhost", port: e.PORT });
    await app.prepare();
    const handle = app.getRequestHandler();
    const upgrade = dev ? app.getUpgradeHandler() : undefined;
    ui = { handle: (req, res) => handle(req, res), ...(upgrade && { upgrade: (req, socket, head) => void upgrade(req, socket, head) }) };
  }

  // Apps that were serving start again before the port opens, so their first requests are held, not refused.
  const reconciled = await reconcileApps();
  // Sleeping apps become known to the runtime too, so their first request after this restart wakes them.
  await reconcileRuntime().catch((err) => console.error("[kiln] reconcile failed:", err instanceof Error ? err.message : err));
  void reconciled.settled.then(
    (r) => {
      if (r.started + r.failed > 0) console.log(`[kiln] reconciled apps: ${r.started} serving, ${r.failed} failed`);
      startReconcileLoop(e.KILN_RECONCILE_SECONDS * 1000); // then every minute: recreate what is missing, remove orphans
      startSleeper(e.KILN_SLEEP_CHECK_SECONDS * 1000); // idle apps go to sleep (#8)
    },
    (err) => console.error("[kiln] reconcile failed:", err),
  );

  const server = createKilnServer(ui);
  server.listen(e.PORT, e.HOST, () => {
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : e.PORT;
    setListeningPort(port);
    // One machine-readable line for tests and scripts, one for people.
    console.log(`KILN_LISTENING ${JSON.stringify({ port })}`);
    console.log(
      `[kiln] Kiln is up: http://localhost:${port}  (apps at http://<app>.${e.KILN_APPS_DOMAIN}:${port}, runtime ${e.KILN_RUNTIME})`,
    );
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const apps = getRuntime().name === "local" ? "stopping apps" : "apps keep running in the cluster";
    console.log(`[kiln] ${signal}: ${apps}; closing`);
    server.close();
    server.closeAllConnections();
    await abandonRollouts();
    await getRuntime().shutdown();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err) => {
  console.error("[kiln] failed to start:", err);
  process.exit(1);
});
