import { describe, expect, it } from "vitest";
import { ADMIN_TABS, adminTabUrl, readTab } from "@/components/admin/admin-tabs";

describe("readTab", () => {
  it("reads every known tab", () => {
    for (const tab of ADMIN_TABS) expect(readTab(tab.id)).toBe(tab.id);
  });

  it("falls back to the overview for nothing or an unknown tab", () => {
    expect(readTab(null)).toBe("overview");
    expect(readTab(undefined)).toBe("overview");
    expect(readTab("")).toBe("overview");
    expect(readTab("settings")).toBe("overview");
    expect(readTab("General")).toBe("overview");
  });
});

describe("adminTabUrl", () => {
  it("keeps the overview's address bare and names the others", () => {
    expect(adminTabUrl("overview")).toBe("/admin");
    expect(adminTabUrl("imports")).toBe("/admin?tab=imports");
    expect(readTab(new URL(adminTabUrl("audit"), "http://x").searchParams.get("tab"))).toBe("audit");
  });
});
