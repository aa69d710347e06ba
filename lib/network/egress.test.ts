import { describe, expect, it } from "vitest";
import { checkEgressEntry, formatEgressEntry, parseEgressEntry } from "./egress";

const error = (s: string) => {
  const r = checkEgressEntry(s);
  return r.ok ? null : r.error;
};

describe("parseEgressEntry", () => {
  it("reads IPv4 networks, single addresses and ports", () => {
    expect(parseEgressEntry("10.0.0.0/8")).toEqual({ cidr: "10.0.0.0/8" });
    expect(parseEgressEntry("203.0.113.7/32")).toEqual({ cidr: "203.0.113.7/32" });
    expect(parseEgressEntry("10.1.2.3/32:443")).toEqual({ cidr: "10.1.2.3/32", port: 443 });
    expect(parseEgressEntry("0.0.0.0/0:53")).toEqual({ cidr: "0.0.0.0/0", port: 53 });
    expect(parseEgressEntry(" 192.168.0.0/16:65535 ")).toEqual({ cidr: "192.168.0.0/16", port: 65535 });
  });

  it("reads IPv6 networks in any spelling and gives them back canonical", () => {
    expect(parseEgressEntry("2001:db8::/32")).toEqual({ cidr: "2001:db8::/32" });
    expect(parseEgressEntry("2001:DB8:0000::/32:5432")).toEqual({ cidr: "2001:db8::/32", port: 5432 });
    expect(parseEgressEntry("2001:0db8:0:0:1:0:0:1/128")).toEqual({ cidr: "2001:db8::1:0:0:1/128" });
    expect(parseEgressEntry("::1/128")).toEqual({ cidr: "::1/128" });
    expect(parseEgressEntry("::/0")).toEqual({ cidr: "::/0" });
    expect(parseEgressEntry("fd00::/8:8080")).toEqual({ cidr: "fd00::/8", port: 8080 });
    expect(parseEgressEntry("64:ff9b::192.0.2.33/128")).toEqual({ cidr: "64:ff9b::c000:221/128" });
    expect(parseEgressEntry("1:2:3:4:5:6:7:8/128")).toEqual({ cidr: "1:2:3:4:5:6:7:8/128" });
    // One zero group is not shortened; of two equal runs the first is.
    expect(parseEgressEntry("1:0:2:3:4:5:6:7/128").cidr).toBe("1:0:2:3:4:5:6:7/128");
    expect(parseEgressEntry("1:0:0:2:0:0:3:4/128").cidr).toBe("1::2:0:0:3:4/128");
  });

  it("throws, naming the entry, for anything else", () => {
    expect(() => parseEgressEntry("example.com")).toThrow("“example.com”: not a network in CIDR notation");
  });
});

describe("checkEgressEntry refuses, and says why", () => {
  it.each([
    ["", "Type a network in CIDR notation, such as 10.0.0.0/8 or 203.0.113.7/32:443"],
    ["example.com:443", "“example.com:443”: not a network in CIDR notation, such as 10.0.0.0/8 or 203.0.113.7/32:443"],
    ["203.0.113.7", "“203.0.113.7”: a network needs a prefix length; for this one address write 203.0.113.7/32"],
    ["203.0.113.7:443", "“203.0.113.7:443”: a network needs a prefix length; for this one address write 203.0.113.7/32:443"],
    ["2001:db8::1", "“2001:db8::1”: a network needs a prefix length; for this one address write 2001:db8::1/128"],
    ["10.0.0.300/8", "“10.0.0.300/8”: 10.0.0.300 is not an IPv4 or IPv6 address"],
    ["010.0.0.0/8", "“010.0.0.0/8”: 010.0.0.0 is not an IPv4 or IPv6 address"],
    ["10.0.0/8", "“10.0.0/8”: 10.0.0 is not an IPv4 or IPv6 address"],
    ["1:2:3:4:5:6:7:8:9/128", "“1:2:3:4:5:6:7:8:9/128”: 1:2:3:4:5:6:7:8:9 is not an IPv4 or IPv6 address"],
    ["1::2::3/128", "“1::2::3/128”: 1::2::3 is not an IPv4 or IPv6 address"],
    ["fe80::1%eth0/128", "“fe80::1%eth0/128”: fe80::1%eth0 is not an IPv4 or IPv6 address"],
    ["10.0.0.0/33", "“10.0.0.0/33”: the prefix length of an IPv4 network is 0 to 32"],
    ["10.0.0.0/08", "“10.0.0.0/08”: the prefix length of an IPv4 network is 0 to 32"],
    ["2001:db8::/129", "“2001:db8::/129”: the prefix length of an IPv6 network is 0 to 128"],
    ["10.1.2.3/8", "“10.1.2.3/8”: bits are set after the /8 prefix; write 10.0.0.0/8 for the network, or 10.1.2.3/32 for one address"],
    [
      "2001:db8::1/32",
      "“2001:db8::1/32”: bits are set after the /32 prefix; write 2001:db8::/32 for the network, or 2001:db8::1/128 for one address",
    ],
    ["::ffff:10.0.0.1/128", "“::ffff:10.0.0.1/128”: write IPv4-mapped addresses as IPv4 (10.0.0.1/32)"],
    ["10.0.0.0/8:0", "“10.0.0.0/8:0”: the port must be a number from 1 to 65535"],
    ["10.0.0.0/8:65536", "“10.0.0.0/8:65536”: the port must be a number from 1 to 65535"],
    ["10.0.0.0/8:0443", "“10.0.0.0/8:0443”: the port must be a number from 1 to 65535"],
    ["10.0.0.0/8:https", "“10.0.0.0/8:https”: not a network in CIDR notation, such as 10.0.0.0/8 or 203.0.113.7/32:443"],
  ])("%j", (entry, message) => {
    expect(error(entry)).toBe(message);
  });
});

describe("formatEgressEntry", () => {
  it("writes what parseEgressEntry read, canonical", () => {
    for (const s of ["10.0.0.0/8", "10.1.2.3/32:443", "2001:db8::/32:5432"]) expect(formatEgressEntry(parseEgressEntry(s))).toBe(s);
    expect(formatEgressEntry(parseEgressEntry("2001:DB8::/32"))).toBe("2001:db8::/32");
  });
});
