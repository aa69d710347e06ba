import { describe, expect, it } from "vitest";
import { Backoff } from "@/server/runtime/local/backoff";

describe("Backoff", () => {
  it("doubles from 1s and caps at 30s", () => {
    const b = new Backoff();
    const delays = Array.from({ length: 8 }, (_, i) => b.nextDelay(i));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it("starts over after 60s of healthy running", () => {
    const b = new Backoff();
    b.nextDelay(0);
    b.nextDelay(1);
    b.markHealthy(10_000);
    expect(b.nextDelay(20_000)).toBe(4000); // healthy only 10s: keeps counting
    b.markHealthy(30_000);
    expect(b.nextDelay(90_000)).toBe(1000);
  });
});
