import { create } from "zustand";

/** One problem shown as a marker and in the problems list (the validator's error shape). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: string;
  /** Where it came from: the live validator in the browser, or the server (deploy). */
  source: "live" | "deploy";
  endLine?: number;
}

interface ProblemsState {
  live: Problem[];
  deploy: Problem[];
  setLive(problems: Problem[]): void;
  setDeploy(problems: Problem[]): void;
  /** Editing a file makes the server's findings about it stale. */
  clearDeployFor(file: string): void;
  reset(): void;
}

export const useProblemsStore = create<ProblemsState>()((set) => ({
  live: [],
  deploy: [],
  setLive: (live) => set({ live }),
  setDeploy: (deploy) => set({ deploy }),
  clearDeployFor: (file) => set((s) => (s.deploy.some((p) => p.file === file) ? { deploy: s.deploy.filter((p) => p.file !== file) } : s)),
  reset: () => set({ live: [], deploy: [] }),
}));

function key(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}:${p.message}`;
}

/** Live and deploy problems, without duplicates, ordered by file then line. */
export function mergeProblems(live: Problem[], deploy: Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of [...deploy, ...live]) {
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
