"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import type { DiffSide } from "@/components/editor/history/version-labels";
import { useTRPC } from "@/lib/trpc/react";
import { useEditorStore } from "@/stores/editor-store";

export interface SideFiles {
  files: Record<string, string> | undefined;
  error: unknown;
  retry(): void;
}

/** The files of one compare side: the editor's working copy, or a stored (immutable) version. */
export function useSideFiles(appId: string, side: DiffSide): SideFiles {
  const trpc = useTRPC();
  const draft = useEditorStore((s) => s.files);
  const version = useQuery(
    trpc.apps.version.queryOptions(side.kind === "version" ? { id: appId, versionId: side.id } : skipToken, { staleTime: Infinity }),
  );
  if (side.kind === "draft") return { files: draft, error: null, retry: () => undefined };
  return { files: version.data?.files, error: version.error, retry: () => void version.refetch() };
}
