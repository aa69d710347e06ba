import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster (Debian's postgresql package, installed by .ci/run) on a free
 * port, for tests that check Kiln on PostgreSQL. Runs as the `postgres` user when we are root.
 */
export interface TempPostgres {
  url(db: string): string;
  createDb(name: string): void;
  stop(): void;
}

function pgBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort() : [];
  const bin = versions.map((v) => path.join(base, v, "bin")).find((b) => fs.existsSync(path.join(b, "initdb")));
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");
  return bin;
}

export function startPostgres(port: number): TempPostgres {
  const bin = pgBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const run = (cmd: string, args: string[]) => {
    const full = [path.join(bin, cmd), ...args];
    const r = asRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", full.map((a) => `'${a}'`).join(" ")], { encoding: "utf8" })
      : spawnSync(full[0] as string, full.slice(1), { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  run("initdb", ["-D", path.join(dir, "data"), "-A", "trust", "-U", "kiln", "--no-sync"]);
  // -w waits until the server accepts connections: no polling here.
  run("pg_ctl", [
    "-D",
    path.join(dir, "data"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "-l",
    path.join(dir, "log"),
    "start",
  ]);
  const url = (db: string) => `postgresql://kiln@127.0.0.1:${port}/${db}`;
  return {
    url,
    createDb: (name) => run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "kiln", name]),
    stop: () => {
      run("pg_ctl", ["-D", path.join(dir, "data"), "-w", "-m", "immediate", "stop"]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
