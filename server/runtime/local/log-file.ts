/**
 * Reading the tail of a JSON-lines log file from its end, in 64 KB chunks, so asking for the
 * last 100 lines of a 5 MB file reads a few KB. Malformed lines (a torn last write after a
 * crash) are skipped.
 */
import fs from "node:fs/promises";
import type { LogLine } from "@/server/runtime/types";

const CHUNK = 64 * 1024;

export interface TailResult {
  /** Chronological order. */
  lines: LogLine[];
  /** True when the limit or the `since` boundary was reached: older files need not be read. */
  satisfied: boolean;
}

export async function tailFile(file: string, limit: number, since?: Date): Promise<TailResult> {
  const sinceMs = since?.getTime();
  const reversed: LogLine[] = [];
  let satisfied = limit <= 0;
  const take = (raw: Buffer): void => {
    const line = parseLine(raw);
    if (!line) return;
    if (sinceMs !== undefined && Date.parse(line.ts) < sinceMs) {
      satisfied = true;
      return;
    }
    reversed.push(line);
    if (reversed.length >= limit) satisfied = true;
  };

  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, "r");
  } catch {
    return { lines: [], satisfied };
  }
  try {
    let pos = (await fh.stat()).size;
    let carry = Buffer.alloc(0);
    while (pos > 0 && !satisfied) {
      const len = Math.min(CHUNK, pos);
      pos -= len;
      const buf = Buffer.alloc(len);
      await fh.read(buf, 0, len, pos);
      const data = carry.length > 0 ? Buffer.concat([buf, carry]) : buf;
      let end = data.length;
      for (let i = data.length - 1; i >= 0 && !satisfied; i--) {
        if (data[i] !== 0x0a) continue;
        if (i + 1 < end) take(data.subarray(i + 1, end));
        end = i;
      }
      carry = Buffer.from(data.subarray(0, end));
    }
    if (pos === 0 && !satisfied && carry.length > 0) take(carry);
  } finally {
    await fh.close();
  }
  return { lines: reversed.reverse(), satisfied };
}

function parseLine(raw: Buffer): LogLine | undefined {
  try {
    const v = JSON.parse(raw.toString("utf8")) as Partial<LogLine>;
    if (typeof v.ts !== "string" || typeof v.text !== "string") return undefined;
    if (v.stream !== "stdout" && v.stream !== "stderr" && v.stream !== "system") return undefined;
    return { ts: v.ts, stream: v.stream, text: v.text };
  } catch {
    return undefined;
  }
}
