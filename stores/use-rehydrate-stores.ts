"use client";

import { useEffect } from "react";
import { usePanelStore } from "@/stores/panel-store";
import { useTestPanelStore } from "@/stores/test-panel-store";

/** Loads persisted UI state from localStorage once mounted, so the server render and the first client render match. */
export function useRehydrateStores(): void {
  useEffect(() => {
    void usePanelStore.persist.rehydrate();
    void useTestPanelStore.persist.rehydrate();
  }, []);
}
