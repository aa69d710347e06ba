/**
 * A real Mongo-wire server for tests. With MONGODB_URL set (a real MongoDB, say) that server is
 * used as is; otherwise SecantusDB (`secantusd-py` from the runner's dev venv, installed by
 * `runner/ensure-venv.sh --dev`) starts on a free port with a temporary storage dir: first
 * without auth to create a root user, then again with --auth, so per-user credentials and
 * their limits are enforced the way a production MongoDB enforces them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { MongoClient } from "mongodb";

const root = path.resolve(import.meta.dirname, "..", "..");
export const SECANTUSD = path.join(root, "runner", ".venv", "bin", "secantusd-py");

export interface TestMongo {
  /** Admin URL: root credentials, authSource=admin, directConnection=true. */
  url: string;
  stop(): Promise<void>;
}

export interface SecantusServer {
  port: number;
  /** Lines the server printed, for failure messages. */
  output: string[];
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", () => r()));
}

/** Resolves once a client can run a command there (the driver waits for the port itself); rejects if the server dies first. */
export async function waitForMongo(url: string, child?: ChildProcess, output: string[] = [], timeoutMs = 30_000): Promise<void> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: timeoutMs, heartbeatFrequencyMS: 500 });
  try {
    const died = child
      ? exited(child).then(() => {
          throw new Error(
            `secantusd-py exited (${child.exitCode ?? child.signalCode}) before accepting connections:\n${output.join("\n")}`,
          );
        })
      : new Promise<never>(() => {});
    await Promise.race([client.db("admin").command({ ping: 1 }), died]);
  } finally {
    await client.close();
  }
}

/** Starts secantusd-py on `port`; resolves when `readyUrl` answers. */
export async function startSecantus(o: { port: number; storage: string; auth: boolean; readyUrl?: string }): Promise<SecantusServer> {
  if (!fs.existsSync(SECANTUSD))
    throw new Error(`${SECANTUSD} is missing: run \`bash runner/ensure-venv.sh --dev\` (SecantusDB is a dev requirement)`);
  const args = ["--host", "127.0.0.1", "--port", String(o.port), "--storage-path", o.storage, "--standalone", "--log-level", "WARNING"];
  const child = spawn(SECANTUSD, o.auth ? [...args, "--auth"] : args, { stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (b: Buffer) => output.push(...b.toString().split("\n").filter(Boolean)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = exited(child);
    child.kill("SIGTERM"); // a clean shutdown takes a few seconds
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await done;
    clearTimeout(killer);
  };
  try {
    await waitForMongo(o.readyUrl ?? `mongodb://127.0.0.1:${o.port}/?directConnection=true`, child, output);
  } catch (e) {
    await stop();
    throw e;
  }
  return { port: o.port, output, stop };
}

export async function startMongo(): Promise<TestMongo> {
  const external = process.env.MONGODB_URL;
  if (external) return { url: external, stop: async () => {} };

  const storage = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-mongo-"));
  const port = await freePort();
  const password = randomBytes(18).toString("base64url");
  const url = `mongodb://root:${password}@127.0.0.1:${port}/?authSource=admin&directConnection=true`;

  // Users are created without --auth; the server then restarts with it on the same storage.
  const setup = await startSecantus({ port, storage, auth: false });
  const client = new MongoClient(`mongodb://127.0.0.1:${port}/?directConnection=true`);
  try {
    await client
      .db("admin")
      .command({ createUser: "root", pwd: password, roles: [{ role: "root", db: "admin" }], mechanisms: ["SCRAM-SHA-256"] });
  } finally {
    await client.close();
    await setup.stop();
  }
  const server = await startSecantus({ port, storage, auth: true, readyUrl: url });
  return {
    url,
    stop: async () => {
      await server.stop();
      fs.rmSync(storage, { recursive: true, force: true });
    },
  };
}
