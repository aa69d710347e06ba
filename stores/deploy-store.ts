import { create } from "zustand";

export type DeployPhase = "saving" | "pending" | "validating" | "starting" | "ready" | "failed";

export interface DeployFailureView {
  kind: string;
  message: string;
  location?: { file: string; line: number; column?: number };
  traceback?: string;
  lastLines?: string[];
}

export interface DeployEventView {
  ts: string;
  phase: "validating" | "starting" | "ready" | "failed";
  message: string;
  failure?: DeployFailureView;
}

interface DeployState {
  appId: string | null;
  deploymentId: string | null;
  phase: DeployPhase | null;
  events: DeployEventView[];
  failure: DeployFailureView | null;
  /** The Deploy button was pressed; the draft is being saved and validated by the server. */
  begin(appId: string): void;
  /** The server accepted the deploy; events follow on the subscription. */
  track(appId: string, deploymentId: string, phase?: DeployPhase): void;
  /** The subscription (re)started: it replays every event from the beginning. */
  clearEvents(): void;
  push(event: DeployEventView): void;
  fail(failure: DeployFailureView): void;
  reset(): void;
}

const initial = { appId: null, deploymentId: null, phase: null, events: [], failure: null };

export const useDeployStore = create<DeployState>()((set) => ({
  ...initial,
  begin: (appId) => set({ ...initial, appId, phase: "saving" }),
  track: (appId, deploymentId, phase = "pending") => set({ appId, deploymentId, phase, events: [], failure: null }),
  clearEvents: () => set({ events: [] }),
  push: (event) =>
    set((s) => ({
      events: [...s.events, event],
      phase: event.phase,
      failure: event.failure ?? (event.phase === "failed" ? { kind: "deploy", message: event.message } : s.failure),
    })),
  fail: (failure) => set({ phase: "failed", failure }),
  reset: () => set(initial),
}));

export function isDeploying(phase: DeployPhase | null): boolean {
  return phase === "saving" || phase === "pending" || phase === "validating" || phase === "starting";
}
