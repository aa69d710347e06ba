import { describe, expect, it } from "vitest";
import { isIdle, sleepTimeout } from "@/server/services/sleeper";

describe("sleepTimeout", () => {
  it("takes the app's own timeout, else the admin default; 0 and null mean never", () => {
    expect(sleepTimeout(600, 900)).toBe(600);
    expect(sleepTimeout(null, 900)).toBe(900);
    expect(sleepTimeout(0, 900)).toBeNull();
    expect(sleepTimeout(null, null)).toBeNull();
    expect(sleepTimeout(120, null)).toBe(120);
  });
});

describe("isIdle", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  it("counts from the later of the last request and the last deploy", () => {
    expect(isIdle({ lastRequestAt: ago(120), lastDeployAt: ago(3600) }, 60, now)).toBe(true);
    expect(isIdle({ lastRequestAt: ago(30), lastDeployAt: ago(3600) }, 60, now)).toBe(false);
    expect(isIdle({ lastRequestAt: null, lastDeployAt: ago(61) }, 60, now)).toBe(true);
    expect(isIdle({ lastRequestAt: ago(3600), lastDeployAt: ago(10) }, 60, now)).toBe(false);
  });
  it("never sleeps an app with no activity recorded at all", () => {
    expect(isIdle({ lastRequestAt: null, lastDeployAt: null }, 60, now)).toBe(false);
  });
});
