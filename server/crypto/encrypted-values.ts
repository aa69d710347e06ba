/**
 * Every value Kiln stores encrypted, in one list: the startup key check reads one of them, and
 * key rotation rewrites all of them. A new encrypted column belongs here.
 */
import "server-only";
import type { Tx } from "@/server/db";

export const KEY_CHECK_SETTING = "secretKeyCheck";
export const KEY_CHECK_PLAINTEXT = "kiln-secret-key-check";
const EXPLORER_ACCOUNT_SETTING = "mongoExplorerAccount";

export interface EncryptedValue {
  what: string;
  stored: string;
  /** Writes the value re-encrypted (inside the rotation's transaction). */
  write(tx: Tx, stored: string): Promise<unknown>;
}

export async function encryptedValues(tx: Tx): Promise<EncryptedValue[]> {
  const out: EncryptedValue[] = [];
  const secrets = await tx.envVar.findMany({ where: { secret: true, NOT: { value: "" } }, select: { id: true, name: true, value: true } });
  for (const s of secrets) {
    out.push({ what: `secret ${s.name}`, stored: s.value, write: (t, v) => t.envVar.update({ where: { id: s.id }, data: { value: v } }) });
  }
  const accounts = await tx.mongoAccount.findMany({ select: { userId: true, passwordEnc: true } });
  for (const a of accounts) {
    out.push({
      what: `MongoDB password of user ${a.userId}`,
      stored: a.passwordEnc,
      write: (t, v) => t.mongoAccount.update({ where: { userId: a.userId }, data: { passwordEnc: v } }),
    });
  }
  for (const key of [EXPLORER_ACCOUNT_SETTING, KEY_CHECK_SETTING]) {
    const row = await tx.setting.findUnique({ where: { key }, select: { value: true } });
    const value = row?.value as { passwordEnc?: unknown; check?: unknown } | null | undefined;
    const field = key === KEY_CHECK_SETTING ? "check" : "passwordEnc";
    const stored = value?.[field as keyof typeof value];
    if (typeof stored === "string") {
      out.push({
        what: key === KEY_CHECK_SETTING ? "the key check" : "the data explorer's MongoDB password",
        stored,
        write: (t, v) => t.setting.update({ where: { key }, data: { value: { ...(value as object), [field]: v } } }),
      });
    }
  }
  return out;
}
