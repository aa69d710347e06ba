import { describe, expect, it } from "vitest";
import {
  ACTION_OPTIONS,
  AUDIT_RETENTION_DAYS,
  auditQueryInput,
  DEFAULT_AUDIT_FILTERS,
  narrowsBeyondPeriod,
  sinceLabel,
} from "@/components/admin/audit-filters";
import { zAuditQuery } from "@/lib/schemas/admin";
// biome-ignore lint/style/noRestrictedImports: the test checks the page states the server's retention.
import { AUDIT_RETENTION_DAYS as SERVER_RETENTION_DAYS } from "@/server/services/audit";

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const DAY = 24 * 3600 * 1000;

describe("auditQueryInput", () => {
  it("asks for the last 7 days of everything by default", () => {
    expect(auditQueryInput(DEFAULT_AUDIT_FILTERS, NOW)).toEqual({ since: new Date(NOW - 7 * DAY), limit: 50 });
  });
  it("passes a family or an exact action, and the actor trimmed in lower case", () => {
    expect(auditQueryInput({ action: "auth.", actor: "  Ann ", since: "24h" }, NOW, 20)).toEqual({
      action: "auth.",
      actor: "ann",
      since: new Date(NOW - DAY),
      limit: 20,
    });
    expect(auditQueryInput({ action: "admin.user_deleted", actor: "", since: "90d" }, NOW)).toMatchObject({
      action: "admin.user_deleted",
      since: new Date(NOW - 90 * DAY),
    });
  });
  it("builds an input the server's schema accepts for every action option", () => {
    for (const option of ACTION_OPTIONS) {
      const parsed = zAuditQuery.safeParse(auditQueryInput({ action: option.value, actor: "ann", since: "30d" }, NOW));
      expect(parsed.success, option.value).toBe(true);
    }
  });
});

describe("action options", () => {
  it("offer all, the three families, then each exact action once", () => {
    expect(ACTION_OPTIONS.slice(0, 4).map((o) => o.value)).toEqual(["all", "auth.", "admin.", "app."]);
    const values = ACTION_OPTIONS.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain("auth.login_rate_limited");
  });
});

describe("narrowsBeyondPeriod and sinceLabel", () => {
  it("tell a filtered list from a merely quiet period", () => {
    expect(narrowsBeyondPeriod(DEFAULT_AUDIT_FILTERS)).toBe(false);
    expect(narrowsBeyondPeriod({ ...DEFAULT_AUDIT_FILTERS, actor: " " })).toBe(false);
    expect(narrowsBeyondPeriod({ ...DEFAULT_AUDIT_FILTERS, actor: "ann" })).toBe(true);
    expect(narrowsBeyondPeriod({ ...DEFAULT_AUDIT_FILTERS, action: "app." })).toBe(true);
    expect(sinceLabel("24h")).toBe("last 24 hours");
  });
  it("state the server's retention", () => {
    expect(AUDIT_RETENTION_DAYS).toBe(SERVER_RETENTION_DAYS);
  });
});
