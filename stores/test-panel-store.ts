import { create } from "zustand";
import { persist } from "zustand/middleware";
import { uid } from "@/lib/utils";

export const TEST_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

export interface HeaderRow {
  id: string;
  key: string;
  value: string;
}

export interface TestRequest {
  method: TestMethod;
  path: string;
  headers: HeaderRow[];
  body: string;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  durationMs: number;
  truncated?: boolean;
}

export interface HistoryEntry {
  id: string;
  at: string;
  request: TestRequest;
  response: TestResponse | null;
  error?: string;
}

const HISTORY_LIMIT = 20;
/** localStorage holds a few MB: history keeps only the start of large bodies. */
const STORED_BODY_LIMIT = 16 * 1024;

function trimForStorage(entry: HistoryEntry): HistoryEntry {
  const r = entry.response;
  if (!r || r.body.length <= STORED_BODY_LIMIT) return entry;
  return { ...entry, response: { ...r, body: r.body.slice(0, STORED_BODY_LIMIT), truncated: true } };
}

export function newHeaderRow(key = "", value = ""): HeaderRow {
  return { id: uid(), key, value };
}

export function blankRequest(): TestRequest {
  return { method: "GET", path: "/", headers: [newHeaderRow("content-type", "application/json")], body: "" };
}

interface TestPanelState {
  /** The request being edited, per app. */
  requests: Record<string, TestRequest>;
  /** The last response shown, per app (not persisted: it can be large). */
  responses: Record<string, HistoryEntry | undefined>;
  /** Newest first, at most 20 per app. */
  history: Record<string, HistoryEntry[]>;
  setRequest(appId: string, patch: Partial<TestRequest>): void;
  record(appId: string, entry: HistoryEntry): void;
  restore(appId: string, entry: HistoryEntry): void;
  clearHistory(appId: string): void;
}

export const useTestPanelStore = create<TestPanelState>()(
  persist(
    (set) => ({
      requests: {},
      responses: {},
      history: {},
      setRequest: (appId, patch) =>
        set((s) => ({ requests: { ...s.requests, [appId]: { ...(s.requests[appId] ?? blankRequest()), ...patch } } })),
      record: (appId, entry) =>
        set((s) => ({
          responses: { ...s.responses, [appId]: entry },
          history: { ...s.history, [appId]: [entry, ...(s.history[appId] ?? [])].slice(0, HISTORY_LIMIT) },
        })),
      restore: (appId, entry) =>
        set((s) => ({ requests: { ...s.requests, [appId]: entry.request }, responses: { ...s.responses, [appId]: entry } })),
      clearHistory: (appId) => set((s) => ({ history: { ...s.history, [appId]: [] } })),
    }),
    {
      name: "kiln-test-panel",
      version: 1,
      skipHydration: true,
      partialize: (s) => ({
        requests: s.requests,
        history: Object.fromEntries(Object.entries(s.history).map(([appId, entries]) => [appId, entries.map(trimForStorage)])),
      }),
    },
  ),
);
