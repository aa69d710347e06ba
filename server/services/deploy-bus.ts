import { EventEmitter } from "node:events";
import type { DeployEvent } from "@/server/runtime/types";

/** Live deploy events, in process. Kept on globalThis: Next's bundle and the custom server share it. */
export interface BusEvent {
  seq: number;
  event: DeployEvent;
  terminal: boolean;
}

const g = globalThis as typeof globalThis & { __kilnDeployBus?: EventEmitter };

function bus(): EventEmitter {
  if (!g.__kilnDeployBus) {
    g.__kilnDeployBus = new EventEmitter();
    g.__kilnDeployBus.setMaxListeners(0);
  }
  return g.__kilnDeployBus;
}

export function publish(deploymentId: string, e: BusEvent): void {
  bus().emit(deploymentId, e);
}

export function subscribe(deploymentId: string, fn: (e: BusEvent) => void): () => void {
  bus().on(deploymentId, fn);
  return () => bus().off(deploymentId, fn);
}
