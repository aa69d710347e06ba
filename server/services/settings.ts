import type { SettingsPatch } from "@/lib/schemas/admin";
import { DEFAULT_ALLOWED_IMPORTS } from "@/lib/validator";
import { db } from "@/server/db";

/** Platform settings with their defaults; stored one row per key. */
export interface Settings {
  signupEnabled: boolean;
  allowedImports: string[];
}

const DEFAULTS: Settings = {
  signupEnabled: true,
  allowedImports: [...DEFAULT_ALLOWED_IMPORTS],
};

export async function getSettings(): Promise<Settings> {
  const rows = await db().setting.findMany({ select: { key: true, value: true } });
  const out: Settings = { ...DEFAULTS, allowedImports: [...DEFAULTS.allowedImports] };
  for (const row of rows) {
    if (row.key in out) (out as unknown as Record<string, unknown>)[row.key] = row.value;
  }
  return out;
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db().setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** Applies the given keys only; the next validation (browser and server) uses them, no restart. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  if (patch.signupEnabled !== undefined) await setSetting("signupEnabled", patch.signupEnabled);
  if (patch.allowedImports !== undefined) await setSetting("allowedImports", [...new Set(patch.allowedImports)].sort());
  return getSettings();
}
