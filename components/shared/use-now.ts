"use client";

import { useEffect, useState } from "react";

/** The current time in ms, refreshed every `intervalMs`: one clock for a whole table of relative times. */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}
