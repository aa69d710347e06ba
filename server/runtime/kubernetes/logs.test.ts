import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseLogLine } from "@/server/runtime/kubernetes/logs";

describe("parseLogLine", () => {
  const NOW = new Date("2026-11-23T20:00:00.000Z");
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("splits the API's RFC3339Nano timestamp from the text", () => {
    expect(parseLogLine("2026-11-23T18:00:00.123456789Z hello world")).toEqual({
      ts: "2026-11-23T18:00:00.123Z",
      stream: "stdout",
      text: "hello world",
    });
  });

  it("reads a timestamp with an offset or without a fraction", () => {
    expect(parseLogLine("2026-11-23T19:00:00.5+01:00 x").ts).toBe("2026-11-23T18:00:00.500Z");
    expect(parseLogLine("2026-11-23T18:00:00Z x").ts).toBe("2026-11-23T18:00:00.000Z");
  });

  it("keeps the text exactly after the one separating space", () => {
    expect(parseLogLine('2026-11-23T18:00:00.000000001Z   File "app.py", line 3').text).toBe('  File "app.py", line 3');
    expect(parseLogLine("2026-11-23T18:00:00.000000001Z a  b\tc ").text).toBe("a  b\tc ");
    expect(parseLogLine("2026-11-23T18:00:00.000000001Z ").text).toBe("");
  });

  it("takes a line without a timestamp whole, stamped now", () => {
    expect(parseLogLine("Traceback (most recent call last):")).toEqual({
      ts: NOW.toISOString(),
      stream: "stdout",
      text: "Traceback (most recent call last):",
    });
    expect(parseLogLine("hello")).toEqual({ ts: NOW.toISOString(), stream: "stdout", text: "hello" });
    expect(parseLogLine(" leading space")).toEqual({ ts: NOW.toISOString(), stream: "stdout", text: " leading space" });
  });

  it("does not take a leading number for a timestamp", () => {
    // Date.parse("42") is a date in V8 (2042-01-01); only an RFC3339 stamp is the API's.
    expect(parseLogLine("42 requests served")).toEqual({ ts: NOW.toISOString(), stream: "stdout", text: "42 requests served" });
    expect(parseLogLine("2024 was a good year").text).toBe("2024 was a good year");
  });
});
