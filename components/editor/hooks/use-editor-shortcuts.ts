"use client";

import { useEffect, useRef } from "react";

/**
 * Ctrl/Cmd+Enter deploys, Ctrl/Cmd+S saves, wherever the focus is on the page. Inside Monaco the
 * same keys are editor actions, which mark the event handled first.
 */
export function useEditorShortcuts(handlers: { deploy(): void; save(): void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key === "Enter") {
        e.preventDefault();
        latest.current.deploy();
      } else if (e.key.toLowerCase() === "s") {
        e.preventDefault();
        latest.current.save();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
