"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc/react";
import type { Validator } from "@/lib/validator/browser";
import { ENTRYPOINT, useEditorStore } from "@/stores/editor-store";
import { useProblemsStore } from "@/stores/problems-store";

export type ValidatorStatus = "loading" | "ready" | "unavailable";

const DEBOUNCE_MS = 300;

/** Runs the same validator as the server in the browser, ~300 ms after the last keystroke. */
export function useLiveValidation(): ValidatorStatus {
  const trpc = useTRPC();
  // The allow-list is an admin setting: re-read it when the tab regains focus (it is tiny), so an
  // editor left open picks up a change made in /admin without a reload.
  const config = useQuery(trpc.validate.config.queryOptions(undefined, { staleTime: 30_000, refetchOnWindowFocus: "always" }));
  const files = useEditorStore((s) => s.files);
  const setLive = useProblemsStore((s) => s.setLive);
  const [status, setStatus] = useState<ValidatorStatus>("loading");
  const validator = useRef<Validator | null>(null);
  const [fallbackImports, setFallbackImports] = useState<readonly string[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    import("@/lib/validator/browser")
      .then(async (m) => {
        const v = await m.getValidator();
        if (cancelled) return;
        validator.current = v;
        setFallbackImports(m.DEFAULT_ALLOWED_IMPORTS);
        setStatus("ready");
      })
      .catch((error: unknown) => {
        console.warn("[kiln] live validation is unavailable; the server still validates on deploy", error);
        if (!cancelled) setStatus("unavailable");
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // The admin's allow-list; the built-in default only if the setting cannot be read.
  const allowedImports = config.data?.allowedImports ?? (config.isError ? fallbackImports : null);

  useEffect(() => {
    const v = validator.current;
    if (status !== "ready" || !v || !allowedImports) return;
    const timer = setTimeout(() => {
      try {
        const result = v.validate(files, { allowedImports, entrypoint: ENTRYPOINT });
        setLive(result.errors.map((e) => ({ ...e, source: "live" as const })));
      } catch (error) {
        console.warn("[kiln] validator failed", error);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [files, status, allowedImports, setLive]);

  return status;
}
