import { describe, expect, it } from "vitest";
import { formatRelative } from "@/components/shared/relative-time";

const now = Date.parse("2026-01-10T12:00:00Z");

describe("formatRelative", () => {
  it("says just now for the last few seconds", () => {
    expect(formatRelative(new Date(now - 3_000), now)).toBe("just now");
  });
  it("uses the largest whole unit", () => {
    expect(formatRelative(new Date(now - 5 * 60_000), now)).toBe("5 minutes ago");
    expect(formatRelative(new Date(now - 2 * 3600_000), now)).toBe("2 hours ago");
    expect(formatRelative(new Date(now - 24 * 3600_000), now)).toBe("yesterday");
  });
});
