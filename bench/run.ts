/**
 * npm run bench — figures measured in one run on this machine (never asserted in tests).
 * #2: redeploy-to-first-200 (median of 10) vs a bare `python -c "import fastapi, uvicorn"`.
 * #3: runner throughput with and without request logging, records written vs requests sent.
 * #4: the explorer's page 1 vs a deep keyset page (bench/explorer.ts says how many documents).
 * #8: cold start (sleep → first 200 through the gateway) over BENCH_WAKES wakes (default 200) with
 *     the warm pool, and over BENCH_COLD_WAKES (default 20; 0 skips) with KILN_WARM_POOL=0.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startKiln } from "../tests/support/kiln-process";
import { type ColdStartResult, coldStart } from "./cold-start";
import { explorerBench, printExplorerBench } from "./explorer";
import { barePythonImport } from "./python-import";
import { redeployToFirst200 } from "./redeploy";
import { runnerThroughput } from "./runner-throughput";
import { fmt } from "./stats";
import { validatorSpeed } from "./validator";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  execFileSync("bash", [path.join(root, "runner", "ensure-venv.sh"), "--dev"], { stdio: "inherit" });
  const python = process.env.KILN_PYTHON ?? path.join(root, "runner", ".venv", "bin", "python");
  const bare = barePythonImport(python);
  const validation = await validatorSpeed();
  const kiln = await startKiln();
  try {
    const redeploy = await redeployToFirst200(kiln);
    console.log("\nKiln benchmarks (this machine, one run)");
    console.log(`  bare python -c "import fastapi, uvicorn"  median ${fmt(bare.median)}  (n=${bare.samples.length})`);
    console.log(
      `  redeploy → first 200 via the gateway       median ${fmt(redeploy.median)}  p95 ${fmt(redeploy.p95)}  (n=${redeploy.samples.length})`,
    );
    console.log(`  ratio redeploy / bare import               ${(redeploy.median / bare.median).toFixed(2)}×`);
    const t = runnerThroughput(python, root);
    console.log(`  runner throughput, no request logging      ${t.no_log_rps.toFixed(0)} req/s`);
    console.log(`  runner throughput, logging to MongoDB      ${t.log_rps.toFixed(0)} req/s  (ratio ${t.ratio.toFixed(2)})`);
    console.log(`  request log records written / sent         ${t.records_written} / ${t.requests_sent}`);
    console.log(
      `  validate a ${(validation.bytes / 1024).toFixed(0)} KB file                     median ${fmt(validation.median)}  p95 ${fmt(validation.p95)}`,
    );
  } finally {
    await kiln.stop();
  }
  const gapMs = Math.max(1000, Math.round(2 * bare.median)); // a refill takes about one bare import
  const warm = await coldStart({ pool: 1, wakes: Number(process.env.BENCH_WAKES ?? 200), gapMs });
  const coldWakes = Number(process.env.BENCH_COLD_WAKES ?? 20);
  const cold = coldWakes > 0 ? await coldStart({ pool: 0, wakes: coldWakes, gapMs: 0 }) : undefined;
  printColdStart(warm, bare.median);
  if (cold) printColdStart(cold, bare.median);
  const explorer = await explorerBench();
  printExplorerBench(explorer.seed, explorer.paging, explorer.server);
}

function printColdStart(r: ColdStartResult, bareMs: number): void {
  const pool = r.pool > 0 ? `KILN_WARM_POOL=${r.pool}` : "KILN_WARM_POOL=0";
  console.log(
    `  cold start (sleep → first 200), ${pool.padEnd(16)} p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  (n=${r.samples.length}, failed requests ${r.failed})`,
  );
  console.log(`  ratio cold-start p95 / bare import (${pool})  ${(r.p95 / bareMs).toFixed(2)}×  (p50: ${(r.p50 / bareMs).toFixed(2)}×)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
