import { create } from "zustand";
import type { Comparison } from "@/components/editor/history/version-labels";

interface HistoryUiState {
  /** The History drawer is open. */
  open: boolean;
  /** Which two sides the drawer compares; null shows the list of versions. */
  compare: Comparison | null;
  showList(): void;
  showCompare(compare: Comparison): void;
  close(): void;
}

/** UI state of the editor's History drawer, so the top bar's "Compare" can open it at a diff. */
export const useHistoryStore = create<HistoryUiState>()((set) => ({
  open: false,
  compare: null,
  showList: () => set({ open: true, compare: null }),
  showCompare: (compare) => set({ open: true, compare }),
  close: () => set({ open: false, compare: null }),
}));
