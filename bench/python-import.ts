import { spawnSync } from "node:child_process";
import { median } from "./stats";

/** The bare cost every cold Python web process pays: interpreter start + `import fastapi, uvicorn`. */
export function barePythonImport(python: string, runs = 10): { median: number; samples: number[] } {
  const samples: number[] = [];
  spawnSync(python, ["-c", "import fastapi, uvicorn"]); // warm the OS file cache once
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(python, ["-c", "import fastapi, uvicorn"]);
    if (r.status !== 0) throw new Error(`${python} -c "import fastapi, uvicorn" failed: ${r.stderr}`);
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), samples };
}
