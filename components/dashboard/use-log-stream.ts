"use client";

import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { appendCapped, type HeldLine, isoTime, MAX_LINES, ReplayFilter } from "@/components/dashboard/log-buffer";
import type { LogLine } from "@/components/dashboard/types";
import { useTRPC } from "@/lib/trpc/react";

/** Lines asked for when the stream opens; the rest arrive live. */
const TAIL = 200;
/** Bursts are drawn at most this often rather than once per line. */
const FLUSH_MS = 100;

export type StreamState = "connecting" | "live" | "disconnected";

/**
 * The app's logs over the `apps.logsFollow` subscription (SSE): tail first, then live.
 * Lines wait in a buffer and are drawn in batches; while paused they stay there (capped) until
 * resumed. At most MAX_LINES are held; a reconnect's replayed tail is skipped.
 */
export function useLogStream(appId: string, paused: boolean) {
  const trpc = useTRPC();
  const [lines, setLines] = useState<HeldLine[]>([]);
  const [waiting, setWaiting] = useState(0);
  const buffer = useRef<HeldLine[]>([]);
  const replay = useRef(new ReplayFilter());
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pausedRef = useRef(paused);

  const flush = useCallback(() => {
    timer.current = null;
    if (pausedRef.current) {
      setWaiting(buffer.current.length);
      return;
    }
    const batch = buffer.current;
    buffer.current = [];
    setWaiting(0);
    setLines((held) => appendCapped(held, batch));
  }, []);

  const schedule = useCallback(() => {
    timer.current ??= setTimeout(flush, FLUSH_MS);
  }, [flush]);

  useEffect(() => {
    pausedRef.current = paused;
    if (!paused) flush();
  }, [paused, flush]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const subscription = useSubscription(
    trpc.apps.logsFollow.subscriptionOptions(
      { id: appId, tail: TAIL },
      {
        onStarted: () => replay.current.reconnected(),
        onData: (event) => {
          const line: LogLine = { ts: isoTime(event.ts), stream: event.stream, text: event.text };
          if (!replay.current.accept(line)) return;
          seq.current += 1;
          buffer.current.push({ ...line, seq: seq.current });
          if (buffer.current.length > MAX_LINES) buffer.current.splice(0, buffer.current.length - MAX_LINES);
          schedule();
        },
      },
    ),
  );

  const clear = useCallback(() => {
    buffer.current = [];
    setWaiting(0);
    setLines([]);
  }, []);

  const state: StreamState =
    subscription.status === "pending"
      ? "live"
      : subscription.status === "error" || subscription.status === "idle"
        ? "disconnected"
        : "connecting";
  return { lines, waiting, clear, state, error: subscription.error, reconnect: subscription.reset };
}
