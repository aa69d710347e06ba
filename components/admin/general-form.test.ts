import { describe, expect, it } from "vitest";
import {
  type DefaultsValues,
  fieldOfPath,
  minutesToSeconds,
  parseDefaults,
  secondsToMinutes,
  serverFieldErrors,
  toFormValues,
} from "@/components/admin/general-form";

const SETTINGS = { defaultSleepSeconds: 900, defaultResources: { memoryMb: 512, cpuMillis: 1000 }, maxAppsPerUser: 50 };
const VALID: DefaultsValues = { sleepNever: false, sleepMinutes: "15", memoryMb: "512", cpuMillis: "1000", maxAppsPerUser: "50" };

describe("sleep timeout conversions", () => {
  it("turns seconds into minutes and back", () => {
    expect(secondsToMinutes(900)).toBe(15);
    expect(secondsToMinutes(90)).toBe(1.5);
    expect(secondsToMinutes(100)).toBe(1.67);
    expect(minutesToSeconds(15)).toBe(900);
    expect(minutesToSeconds(1.5)).toBe(90);
    expect(minutesToSeconds(secondsToMinutes(2_592_000))).toBe(2_592_000);
  });
});

describe("toFormValues", () => {
  it("shows the settings as the inputs' strings", () => {
    expect(toFormValues(SETTINGS)).toEqual(VALID);
  });

  it("shows never-sleeping as Never, with a sensible number ready if it is switched off", () => {
    expect(toFormValues({ ...SETTINGS, defaultSleepSeconds: null })).toMatchObject({ sleepNever: true, sleepMinutes: "15" });
  });
});

describe("parseDefaults", () => {
  it("builds the patch the server takes", () => {
    expect(parseDefaults(VALID)).toEqual({
      ok: true,
      patch: { defaultSleepSeconds: 900, defaultResources: { memoryMb: 512, cpuMillis: 1000 }, maxAppsPerUser: 50 },
    });
  });

  it("sends null for Never, whatever the minutes box holds", () => {
    const parsed = parseDefaults({ ...VALID, sleepNever: true, sleepMinutes: "oops" });
    expect(parsed).toMatchObject({ ok: true, patch: { defaultSleepSeconds: null } });
  });

  it("round-trips every settings value through the form", () => {
    for (const s of [SETTINGS, { ...SETTINGS, defaultSleepSeconds: null }, { ...SETTINGS, defaultSleepSeconds: 90 }]) {
      const parsed = parseDefaults(toFormValues(s));
      expect(parsed).toEqual({ ok: true, patch: s });
    }
  });

  it("names the sleep field in minutes when it is out of range or empty", () => {
    expect(parseDefaults({ ...VALID, sleepMinutes: "0.5" })).toEqual({ ok: false, errors: { sleep: "At least 1 minute" } });
    expect(parseDefaults({ ...VALID, sleepMinutes: "50000" })).toEqual({
      ok: false,
      errors: { sleep: "At most 30 days (43,200 minutes)" },
    });
    expect(parseDefaults({ ...VALID, sleepMinutes: " " })).toMatchObject({ ok: false, errors: { sleep: expect.stringMatching(/never/i) } });
  });

  it("puts the schema's messages on the fields they concern", () => {
    const parsed = parseDefaults({ ...VALID, memoryMb: "32", cpuMillis: "100000", maxAppsPerUser: "0" });
    expect(parsed).toEqual({
      ok: false,
      errors: { memoryMb: "At least 64 MB", cpuMillis: "At most 64,000 millicores", maxAppsPerUser: "At least 1" },
    });
  });

  it("refuses empty, non-numeric and fractional counts", () => {
    const parsed = parseDefaults({ ...VALID, memoryMb: "", cpuMillis: "lots", maxAppsPerUser: "2.5" });
    expect(parsed).toEqual({
      ok: false,
      errors: { memoryMb: "Enter a number", cpuMillis: "Enter a number", maxAppsPerUser: "Enter a whole number" },
    });
  });
});

describe("server errors", () => {
  it("maps the API's field paths to the inputs", () => {
    expect(fieldOfPath("defaultSleepSeconds")).toBe("sleep");
    expect(fieldOfPath("defaultResources.memoryMb")).toBe("memoryMb");
    expect(fieldOfPath("defaultResources.cpuMillis")).toBe("cpuMillis");
    expect(fieldOfPath("maxAppsPerUser")).toBe("maxAppsPerUser");
    expect(fieldOfPath("signupEnabled")).toBeUndefined();
  });

  it("puts each detail on its input and keeps the rest", () => {
    const details = [
      { field: "defaultSleepSeconds", message: "at least 60 seconds" },
      { field: "defaultResources.memoryMb", message: "at most 65,536 MB" },
      { field: "(body)", message: "Unrecognized key" },
      { nonsense: true },
    ];
    expect(serverFieldErrors(details)).toEqual({
      errors: { sleep: "At least 60 seconds", memoryMb: "At most 65,536 MB" },
      other: ["Unrecognized key"],
    });
    expect(serverFieldErrors(undefined)).toEqual({ errors: {}, other: [] });
  });
});
