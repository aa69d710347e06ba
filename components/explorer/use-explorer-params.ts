"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type ExplorerParams, explorerUrl, readParams } from "@/components/explorer/explorer-params";

/** The explorer's state from the URL, and a way to move to another (a history entry each, unless `replace`). */
export function useExplorerParams() {
  const search = useSearchParams();
  const router = useRouter();
  const params = useMemo(() => readParams(search), [search]);

  const navigate = useCallback(
    (next: Partial<ExplorerParams>, { replace = false }: { replace?: boolean } = {}) => {
      const url = explorerUrl(next);
      if (replace) router.replace(url, { scroll: false });
      else router.push(url, { scroll: false });
    },
    [router],
  );

  return { params, navigate };
}

export type Navigate = ReturnType<typeof useExplorerParams>["navigate"];
