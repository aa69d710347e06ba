import "server-only";
import type { EnvVarInput } from "@/lib/schemas/apps";
import { decryptSecret, encryptSecret } from "@/server/crypto/secrets";
import { db } from "@/server/db";
import { Invalid } from "@/server/errors";

export interface EnvVarView {
  name: string;
  /** null for secrets: they are write-only. */
  value: string | null;
  secret: boolean;
  set: boolean;
}

export async function listEnv(appId: string): Promise<EnvVarView[]> {
  const rows = await db().envVar.findMany({
    where: { appId },
    select: { name: true, value: true, secret: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ name: r.name, value: r.secret ? null : r.value, secret: r.secret, set: r.value !== "" }));
}

/** Replaces the whole list; an existing secret sent without a value keeps its stored value. */
export async function replaceEnv(appId: string, vars: EnvVarInput[]): Promise<void> {
  const seen = new Set<string>();
  for (const v of vars) {
    if (seen.has(v.name)) throw Invalid(`env: "${v.name}" is listed twice`);
    seen.add(v.name);
  }
  const existing = new Map(
    (await db().envVar.findMany({ where: { appId }, select: { name: true, value: true, secret: true } })).map((r) => [r.name, r]),
  );
  const rows = vars.map((v) => {
    const old = existing.get(v.name);
    if (v.value === undefined) {
      if (!old) throw Invalid(`env: "${v.name}" needs a value`);
      if (old.secret !== v.secret) throw Invalid(`env: "${v.name}" changes between secret and plain, so it needs its value again`);
      return { appId, name: v.name, value: old.value, secret: old.secret };
    }
    return { appId, name: v.name, value: v.secret ? encryptSecret(v.value) : v.value, secret: v.secret };
  });
  await db().$transaction([db().envVar.deleteMany({ where: { appId } }), db().envVar.createMany({ data: rows })]);
}

/** Plain values for the runtime only; never returned by an API. A secret without a value (a clone's) is left out. */
export async function resolvedEnv(appId: string): Promise<Record<string, string>> {
  const rows = await db().envVar.findMany({ where: { appId }, select: { name: true, value: true, secret: true } });
  return Object.fromEntries(
    rows.filter((r) => !(r.secret && r.value === "")).map((r) => [r.name, r.secret ? decryptSecret(r.value) : r.value]),
  );
}

/**
 * A clone's env: plain vars as they are, secrets by name only (value unset, `set: false`), so the
 * new owner sees what to fill in and no secret value is copied.
 */
export async function copyEnvWithoutSecrets(fromAppId: string, toAppId: string): Promise<string[]> {
  const rows = await db().envVar.findMany({ where: { appId: fromAppId }, select: { name: true, value: true, secret: true } });
  await db().envVar.createMany({
    data: rows.map((r) => ({ appId: toAppId, name: r.name, secret: r.secret, value: r.secret ? "" : r.value })),
  });
  return rows.filter((r) => r.secret).map((r) => r.name);
}
