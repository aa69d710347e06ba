import { describe, expect, it } from "vitest";
import { checkNewEgress, withEgress, withoutEgress } from "@/components/admin/egress";
import { MAX_EGRESS_ENTRIES } from "@/lib/network/egress";
import { zSettingsPatch } from "@/lib/schemas/admin";

const LIST = ["10.0.0.0/8", "2001:db8::/32:5432"];

describe("checkNewEgress", () => {
  it("accepts a new network, with or without a port, written as the server stores it", () => {
    expect(checkNewEgress(" 203.0.113.7/32:443 ", LIST)).toEqual({ ok: true, entry: "203.0.113.7/32:443" });
    expect(checkNewEgress("FD00::/8", LIST)).toEqual({ ok: true, entry: "fd00::/8" });
    expect(checkNewEgress("10.0.0.0/8:443", LIST)).toEqual({ ok: true, entry: "10.0.0.0/8:443" });
  });

  it("refuses what the server's schema refuses, and accepts what it accepts", () => {
    for (const bad of ["", "example.com", "10.0.0.1", "10.1.2.3/8", "10.0.0.0/8:70000", "::ffff:1.2.3.4/128"]) {
      expect(checkNewEgress(bad, []).ok, bad).toBe(false);
      expect(zSettingsPatch.safeParse({ egressAllowList: [bad] }).success, bad).toBe(false);
    }
    for (const good of ["0.0.0.0/0", "192.168.1.0/24:8080", "::/0", "2001:DB8::1/128"]) {
      expect(checkNewEgress(good, []).ok, good).toBe(true);
      expect(zSettingsPatch.safeParse({ egressAllowList: [good] }).success, good).toBe(true);
    }
  });

  it("explains a malformed entry the way the server does", () => {
    expect(checkNewEgress("10.1.2.3/8", LIST)).toEqual({
      ok: false,
      error: "“10.1.2.3/8”: bits are set after the /8 prefix; write 10.0.0.0/8 for the network, or 10.1.2.3/32 for one address",
    });
  });

  it("refuses a duplicate in any spelling, and a full list", () => {
    expect(checkNewEgress("2001:0DB8::/32:5432", LIST)).toEqual({ ok: false, error: "2001:db8::/32:5432 is already on the list" });
    const full = Array.from({ length: MAX_EGRESS_ENTRIES }, (_, i) => `10.0.${i}.0/24`);
    expect(checkNewEgress("192.168.0.0/16", full)).toEqual({ ok: false, error: `The list holds at most ${MAX_EGRESS_ENTRIES} entries` });
    expect(zSettingsPatch.safeParse({ egressAllowList: [...full, "192.168.0.0/16"] }).success).toBe(false);
  });
});

describe("withEgress / withoutEgress", () => {
  it("appends once and removes, keeping the admin's order", () => {
    expect(withEgress(LIST, "1.2.3.4/32")).toEqual([...LIST, "1.2.3.4/32"]);
    expect(withEgress(LIST, "10.0.0.0/8")).toEqual(LIST);
    expect(withoutEgress(LIST, "10.0.0.0/8")).toEqual(["2001:db8::/32:5432"]);
  });
});
