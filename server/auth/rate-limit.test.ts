import { describe, expect, it } from "vitest";
import { FailureCounter } from "./rate-limit";

describe("FailureCounter", () => {
  it("blocks a key after max failures until its window ends, then forgets it", () => {
    let now = 1_000_000;
    const c = new FailureCounter({ max: 3, windowMs: 60_000 }, () => now);
    c.fail("alice");
    c.fail("alice");
    expect(c.blockedFor("alice")).toBe(0);
    c.fail("alice");
    expect(c.blockedFor("alice")).toBe(60);
    expect(c.blockedFor("bob")).toBe(0);
    now += 59_000;
    expect(c.blockedFor("alice")).toBe(1);
    now += 1_000;
    expect(c.blockedFor("alice")).toBe(0);
    c.fail("alice");
    expect(c.blockedFor("alice")).toBe(0);
  });

  it("clear resets a key", () => {
    const c = new FailureCounter({ max: 1, windowMs: 60_000 });
    c.fail("k");
    expect(c.blockedFor("k")).toBeGreaterThan(0);
    c.clear("k");
    expect(c.blockedFor("k")).toBe(0);
  });
});
