import { describe, expect, it } from "vitest";
import { formatUptime, isAppStatus, runtimeLabel, statusCounts } from "@/components/admin/overview-format";

describe("formatUptime", () => {
  it("uses the two largest units that matter", () => {
    expect(formatUptime(0)).toBe("0 s");
    expect(formatUptime(42.7)).toBe("42 s");
    expect(formatUptime(60)).toBe("1 min");
    expect(formatUptime(750)).toBe("12 min");
    expect(formatUptime(3600)).toBe("1 h");
    expect(formatUptime(11_520)).toBe("3 h 12 min");
    expect(formatUptime(86_400)).toBe("1 d");
    expect(formatUptime(187_200)).toBe("2 d 4 h");
    expect(formatUptime(-5)).toBe("0 s");
  });
});

describe("runtimeLabel", () => {
  it("names the runtimes for people", () => {
    expect(runtimeLabel("local")).toBe("Local processes");
    expect(runtimeLabel("kubernetes")).toBe("Kubernetes");
    expect(runtimeLabel("nomad")).toBe("nomad");
  });
});

describe("statusCounts", () => {
  it("lists statuses that have apps in the apps list's order, unknown ones last", () => {
    expect(statusCounts({ stopped: 1, running: 3, zombie: 2, error: 0, draft: 4 })).toEqual([
      { status: "running", count: 3 },
      { status: "draft", count: 4 },
      { status: "stopped", count: 1 },
      { status: "zombie", count: 2 },
    ]);
    expect(statusCounts({})).toEqual([]);
  });

  it("tells known statuses apart", () => {
    expect(isAppStatus("sleeping")).toBe(true);
    expect(isAppStatus("zombie")).toBe(false);
  });
});
