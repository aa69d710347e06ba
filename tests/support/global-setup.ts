import { execFileSync } from "node:child_process";
import path from "node:path";

/** Integration tests run real runner processes: make sure the runner's venv exists (idempotent). */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, "..", "..");
  execFileSync("bash", [path.join(root, "runner", "ensure-venv.sh")], { stdio: "inherit" });
}
