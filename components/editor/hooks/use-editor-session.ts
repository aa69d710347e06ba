"use client";

import { useEffect } from "react";
import type { RouterOutputs } from "@/lib/trpc/react";
import { useDeployStore } from "@/stores/deploy-store";
import { useEditorStore } from "@/stores/editor-store";
import { useProblemsStore } from "@/stores/problems-store";

export type AppDetail = RouterOutputs["apps"]["get"];

const IN_PROGRESS = new Set(["pending", "validating", "starting"]);

/**
 * Loads an app's draft into the editor buffers once per visit, and picks up a deployment that was
 * still running (another tab, a reload) so its progress shows here too. Returns true when ready.
 */
export function useEditorSession(appId: string, app: AppDetail | undefined): boolean {
  const loadedAppId = useEditorStore((s) => s.appId);
  useEffect(() => {
    if (!app || useEditorStore.getState().appId === appId) return;
    useEditorStore.getState().load(appId, app.files);
    useProblemsStore.getState().reset();
    const deploy = useDeployStore.getState();
    deploy.reset();
    const last = app.lastDeployment;
    if (last && IN_PROGRESS.has(last.status)) deploy.track(appId, last.id, last.status as "pending" | "validating" | "starting");
  }, [app, appId]);
  // Leaving the editor: the next visit starts from the saved draft.
  useEffect(() => () => useEditorStore.setState({ appId: null, files: {} }), []);
  return loadedAppId === appId;
}
