import { create } from "zustand";
import { persist } from "zustand/middleware";

export type BottomTab = "problems" | "deploy" | "logs";

interface PanelState {
  testPanelOpen: boolean;
  bottomTab: BottomTab;
  bottomOpen: boolean;
  setTestPanelOpen(open: boolean): void;
  showBottom(tab: BottomTab): void;
  setBottomOpen(open: boolean): void;
}

/** Editor layout preferences, remembered across visits. */
export const usePanelStore = create<PanelState>()(
  persist(
    (set) => ({
      testPanelOpen: true,
      bottomTab: "problems",
      bottomOpen: true,
      setTestPanelOpen: (testPanelOpen) => set({ testPanelOpen }),
      showBottom: (bottomTab) => set({ bottomTab, bottomOpen: true }),
      setBottomOpen: (bottomOpen) => set({ bottomOpen }),
    }),
    // Rehydrated after mount (see useRehydrateStores) so server and first client render agree.
    { name: "kiln-panels", version: 1, skipHydration: true },
  ),
);
