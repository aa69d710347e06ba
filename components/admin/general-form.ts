/**
 * The "Defaults for new apps" form: settings ↔ the strings in its inputs, checked with the same
 * schema as the server (lib/schemas/admin.ts), and the server's field errors put back on the inputs.
 * The sleep timeout is shown in minutes and stored in seconds (null = never sleep).
 */
import { type SettingsPatch, zSettingsPatch } from "@/lib/schemas/admin";

export type DefaultsField = "sleep" | "memoryMb" | "cpuMillis" | "maxAppsPerUser";
export type DefaultsErrors = Partial<Record<DefaultsField, string>>;

export interface DefaultsValues {
  sleepNever: boolean;
  sleepMinutes: string;
  memoryMb: string;
  cpuMillis: string;
  maxAppsPerUser: string;
}

export interface DefaultsSettings {
  defaultSleepSeconds: number | null;
  defaultResources: { memoryMb: number; cpuMillis: number };
  maxAppsPerUser: number;
}

export const MIN_SLEEP_MINUTES = 1;
export const MAX_SLEEP_MINUTES = 30 * 24 * 60;
/** What the minutes box offers when "Never" is switched off again. */
const DEFAULT_SLEEP_MINUTES = 15;

/** 900 → 15, 90 → 1.5 (the API takes any whole number of seconds). */
export function secondsToMinutes(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}

/** 15 → 900, 1.5 → 90; whole seconds. */
export function minutesToSeconds(minutes: number): number {
  return Math.round(minutes * 60);
}

export function toFormValues(s: DefaultsSettings): DefaultsValues {
  return {
    sleepNever: s.defaultSleepSeconds === null,
    sleepMinutes: String(s.defaultSleepSeconds === null ? DEFAULT_SLEEP_MINUTES : secondsToMinutes(s.defaultSleepSeconds)),
    memoryMb: String(s.defaultResources.memoryMb),
    cpuMillis: String(s.defaultResources.cpuMillis),
    maxAppsPerUser: String(s.maxAppsPerUser),
  };
}

/** Where a server or schema issue belongs: `defaultResources.memoryMb` → the memory input. */
export function fieldOfPath(path: string): DefaultsField | undefined {
  if (path.startsWith("defaultSleepSeconds")) return "sleep";
  if (path.startsWith("defaultResources.memoryMb")) return "memoryMb";
  if (path.startsWith("defaultResources.cpuMillis")) return "cpuMillis";
  if (path.startsWith("maxAppsPerUser")) return "maxAppsPerUser";
  return undefined;
}

function number(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

function wholeNumber(text: string, errors: DefaultsErrors, field: DefaultsField): number {
  const n = number(text);
  if (n === undefined) errors[field] = "Enter a number";
  else if (!Number.isInteger(n)) errors[field] = "Enter a whole number";
  return n ?? 0;
}

export type ParsedDefaults = { ok: true; patch: SettingsPatch } | { ok: false; errors: DefaultsErrors };

/** The form's strings as a settings patch, or an error per field that is wrong. */
export function parseDefaults(v: DefaultsValues): ParsedDefaults {
  const errors: DefaultsErrors = {};
  let defaultSleepSeconds: number | null = null;
  if (!v.sleepNever) {
    const minutes = number(v.sleepMinutes);
    if (minutes === undefined) errors.sleep = "Enter a number of minutes, or choose Never";
    else if (minutes < MIN_SLEEP_MINUTES) errors.sleep = "At least 1 minute";
    else if (minutes > MAX_SLEEP_MINUTES) errors.sleep = `At most 30 days (${MAX_SLEEP_MINUTES.toLocaleString("en")} minutes)`;
    else defaultSleepSeconds = minutesToSeconds(minutes);
  }
  const patch: SettingsPatch = {
    defaultSleepSeconds,
    defaultResources: { memoryMb: wholeNumber(v.memoryMb, errors, "memoryMb"), cpuMillis: wholeNumber(v.cpuMillis, errors, "cpuMillis") },
    maxAppsPerUser: wholeNumber(v.maxAppsPerUser, errors, "maxAppsPerUser"),
  };
  const checked = zSettingsPatch.safeParse(patch);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOfPath(issue.path.join("."));
      if (field && !errors[field]) errors[field] = capitalise(issue.message);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, patch };
}

/** The server's `details` ([{field, message}]) on the inputs they name; the rest stays in `other`. */
export function serverFieldErrors(details: unknown): { errors: DefaultsErrors; other: string[] } {
  const errors: DefaultsErrors = {};
  const other: string[] = [];
  if (!Array.isArray(details)) return { errors, other };
  for (const d of details as { field?: unknown; message?: unknown }[]) {
    if (typeof d?.message !== "string") continue;
    const field = typeof d.field === "string" ? fieldOfPath(d.field) : undefined;
    if (field && !errors[field]) errors[field] = capitalise(d.message);
    else if (!field) other.push(d.message);
  }
  return { errors, other };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
