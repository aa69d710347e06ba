import { spawnSync } from "node:child_process";
import path from "node:path";

export interface ThroughputResult {
  no_log_rps: number;
  log_rps: number;
  ratio: number;
  requests_sent: number;
  records_written: number;
}

/** runner/bench_throughput.py: the runner with and without request logging to MongoDB, same run. */
export function runnerThroughput(python: string, root: string): ThroughputResult {
  const r = spawnSync(python, [path.join(root, "runner", "bench_throughput.py")], { cwd: path.join(root, "runner"), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench_throughput.py failed (${r.status}): ${r.stderr}`);
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as ThroughputResult;
}
