/**
 * An app's runner process under the local runtime, seen from outside Kiln: its pid and port
 * (KILN_DATA_DIR/apps/<id>/state.json), whether it still exists, whether its port still answers.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export function appProcess(dataDir: string, appId: string): { pid: number; port: number } {
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, "apps", appId, "state.json"), "utf8")) as { pid?: number; port?: number };
  if (typeof state.pid !== "number" || typeof state.port !== "number")
    throw new Error(`app ${appId} has no running process: ${JSON.stringify(state)}`);
  return { pid: state.pid, port: state.port };
}

/** True once no process has this pid (signal 0 probes without signalling). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** "refused" when nothing listens on 127.0.0.1:port any more, "open" while something does. */
export function probePort(port: number): Promise<"open" | "refused"> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve("open");
    });
    socket.once("error", (e: NodeJS.ErrnoException) => (e.code === "ECONNREFUSED" ? resolve("refused") : reject(e)));
  });
}
