import type { LogLine } from "@/components/dashboard/types";

/** The live view keeps at most this many lines (and at most this many waiting while paused). */
export const MAX_LINES = 2_000;

export interface HeldLine extends LogLine {
  /** Arrival order: a stable React key. */
  seq: number;
}

/** Appends and drops the oldest lines beyond `max`. */
export function appendCapped<T>(held: readonly T[], more: readonly T[], max = MAX_LINES): T[] {
  if (more.length === 0) return held as T[];
  const all = held.length + more.length <= max ? [...held, ...more] : [...held, ...more].slice(-max);
  return all;
}

/** ISO time, whatever the wire gave (string or Date), so times compare as strings. */
export function isoTime(ts: string | Date): string {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? String(ts) : d.toISOString();
}

/**
 * A reconnecting stream replays its tail. This remembers the newest time seen (and the lines at
 * that time) so a replay is skipped until the first line that is really new.
 */
export class ReplayFilter {
  private lastTs: string | null = null;
  private atLast = new Set<string>();
  private replaying = false;

  /** The stream (re)connected: what follows starts with a replay of lines already held. */
  reconnected(): void {
    this.replaying = this.lastTs !== null;
  }

  accept(line: LogLine): boolean {
    const key = `${line.stream}\u0000${line.text}`;
    if (this.replaying && this.lastTs !== null) {
      if (line.ts < this.lastTs || (line.ts === this.lastTs && this.atLast.has(key))) return false;
      this.replaying = false;
    }
    if (this.lastTs === null || line.ts > this.lastTs) {
      this.lastTs = line.ts;
      this.atLast = new Set([key]);
    } else if (line.ts === this.lastTs) {
      this.atLast.add(key);
    }
    return true;
  }
}

/** The .log file: one line per record, `time [stream] text`. */
export function logFileText(lines: readonly LogLine[]): string {
  return lines.map((l) => `${l.ts} [${l.stream}] ${l.text}`).join("\n") + (lines.length ? "\n" : "");
}
