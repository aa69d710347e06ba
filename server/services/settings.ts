import { formatEgressEntry, parseEgressEntry } from "@/lib/network/egress";
import type { SettingsPatch } from "@/lib/schemas/admin";
import { DEFAULT_ALLOWED_IMPORTS } from "@/lib/validator";
import { db } from "@/server/db";
import { type Actor, audit } from "@/server/services/audit";

/** Platform settings with their defaults; stored one row per key. */
export interface Settings {
  signupEnabled: boolean;
  allowedImports: string[];
  /** Seconds without a request before an app sleeps (#8); null = never. */
  defaultSleepSeconds: number | null;
  /** What the runtimes give an app (memory limit, CPU). */
  defaultResources: { memoryMb: number; cpuMillis: number };
  maxAppsPerUser: number;
  /**
   * Networks apps may reach besides DNS and MongoDB: "CIDR" or "CIDR:port", canonical
   * (lib/network/egress.ts). The Kubernetes runtime writes them into each app's NetworkPolicy;
   * the local runtime does not restrict the network.
   */
  egressAllowList: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  signupEnabled: true,
  allowedImports: [...DEFAULT_ALLOWED_IMPORTS],
  defaultSleepSeconds: 15 * 60,
  defaultResources: { memoryMb: 512, cpuMillis: 1000 },
  maxAppsPerUser: 50,
  egressAllowList: [],
};

export async function getSettings(): Promise<Settings> {
  // Only the keys of Settings: other rows (such as the explorer's encrypted credentials) stay unread.
  const rows = await db().setting.findMany({ where: { key: { in: Object.keys(DEFAULT_SETTINGS) } }, select: { key: true, value: true } });
  const out: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  for (const row of rows) (out as unknown as Record<string, unknown>)[row.key] = row.value === NULL_VALUE ? null : row.value;
  return out;
}

/** A JSON column cannot hold a bare null through both drivers alike; null settings are stored as this. */
const NULL_VALUE = "__null__";

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const json = (value === null ? NULL_VALUE : value) as object;
  await db().setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}

/** The keys holding lists: an audit record names what was added and removed, not the whole list. */
const LISTS = ["allowedImports", "egressAllowList"] as const;

/** What an audit record says about a change: new values, and for the lists what was added and removed. */
function describeChange(before: Settings, patch: SettingsPatch): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const list = LISTS.find((k) => k === key);
    if (list) {
      const now = new Set(value as string[]);
      const was = new Set(before[list]);
      detail[list] = { added: [...now].filter((m) => !was.has(m)), removed: [...was].filter((m) => !now.has(m)) };
    } else detail[key] = value;
  }
  return detail;
}

/** Applies the given keys only; the next validation (browser and server) uses them, no restart. */
export async function updateSettings(by: Actor, patch: SettingsPatch): Promise<Settings> {
  const before = await getSettings();
  const normalized: SettingsPatch = {
    ...patch,
    ...(patch.allowedImports !== undefined && { allowedImports: [...new Set(patch.allowedImports)].sort() }),
    // Canonical and without repeats, in the admin's order (the schema has checked every entry).
    ...(patch.egressAllowList !== undefined && {
      egressAllowList: [...new Set(patch.egressAllowList.map((e) => formatEgressEntry(parseEgressEntry(e))))],
    }),
  };
  for (const [key, value] of Object.entries(normalized)) {
    if (value !== undefined) await setSetting(key as keyof Settings, value as Settings[keyof Settings]);
  }
  await audit({ action: "admin.settings_changed", by, target: { type: "settings" }, detail: describeChange(before, normalized) });
  return getSettings();
}
