import { describe, expect, it } from "vitest";
import { appendCapped, isoTime, logFileText, ReplayFilter } from "@/components/dashboard/log-buffer";
import type { LogLine } from "@/components/dashboard/types";

const line = (s: number, text: string, stream: LogLine["stream"] = "stdout"): LogLine => ({
  ts: new Date(Date.UTC(2026, 0, 10, 12, 0, s)).toISOString(),
  stream,
  text,
});

describe("appendCapped", () => {
  it("keeps the newest lines within the limit", () => {
    expect(appendCapped([1, 2, 3], [4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(appendCapped([1], [2], 4)).toEqual([1, 2]);
  });
});

describe("ReplayFilter", () => {
  it("accepts everything on the first connection", () => {
    const f = new ReplayFilter();
    expect([line(1, "a"), line(1, "a"), line(0, "late")].map((l) => f.accept(l))).toEqual([true, true, true]);
  });

  it("skips the replayed tail after a reconnect, then accepts new lines", () => {
    const f = new ReplayFilter();
    for (const l of [line(1, "a"), line(2, "b"), line(2, "c")]) f.accept(l);
    f.reconnected();
    const replay = [line(1, "a"), line(2, "b"), line(2, "c"), line(2, "d"), line(3, "e")];
    expect(replay.map((l) => f.accept(l))).toEqual([false, false, false, true, true]);
  });

  it("does not filter when nothing was held before the reconnect", () => {
    const f = new ReplayFilter();
    f.reconnected();
    expect(f.accept(line(1, "a"))).toBe(true);
  });
});

describe("log files", () => {
  it("writes one line per record and normalises times", () => {
    expect(logFileText([line(1, "hi"), line(2, "boom", "stderr")])).toBe(
      "2026-01-10T12:00:01.000Z [stdout] hi\n2026-01-10T12:00:02.000Z [stderr] boom\n",
    );
    expect(isoTime(new Date(0))).toBe("1970-01-01T00:00:00.000Z");
    expect(isoTime("not a time")).toBe("not a time");
  });
});
