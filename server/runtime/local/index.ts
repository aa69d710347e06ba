/** The local runtime driver: apps as child processes of Kiln (see driver.ts). */
import { LocalRuntime } from "@/server/runtime/local/driver";
import type { Runtime } from "@/server/runtime/types";

export function createLocalRuntime(): Runtime {
  return new LocalRuntime();
}
