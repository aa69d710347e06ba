import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startMongo } from "./mongo";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of the Mongo-wire server shared by the integration tests (tests/support/mongo.ts). */
    mongoUrl: string;
  }
}

/**
 * Integration tests run real runner processes: make sure the runner's venv exists (idempotent;
 * --dev brings SecantusDB). One Mongo-wire server serves every test file; they get its URL with
 * `inject("mongoUrl")`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  execFileSync("bash", [path.join(root, "runner", "ensure-venv.sh"), "--dev"], { stdio: "inherit" });
  const mongo = await startMongo();
  project.provide("mongoUrl", mongo.url);
  return () => mongo.stop();
}
