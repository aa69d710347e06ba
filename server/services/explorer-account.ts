/**
 * The data explorer's MongoDB credentials: user `kiln_explorer` (server/mongo/explorer-user),
 * created once with the platform connection, its random 32-byte password stored encrypted in
 * a Setting row (`mongoExplorerAccount`, never returned by the settings API). Every Kiln
 * process sets that same password in MongoDB when it first needs the explorer.
 *
 * Where the server cannot create users, the explorer falls back to the platform connection:
 * it is then NOT role-restricted (its own code still issues reads only), and Kiln says so once.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/server/crypto/secrets";
import { db } from "@/server/db";
import { EXPLORER_USER, ensureExplorerUser } from "@/server/mongo/explorer-user";
import { withMongo } from "@/server/mongo/health";
import type { MongoCredentials } from "@/server/mongo/uri";

export const EXPLORER_ACCOUNT_SETTING = "mongoExplorerAccount";

interface StoredAccount {
  username: string;
  passwordEnc: string;
}

const g = globalThis as typeof globalThis & { __kilnExplorerUnrestricted?: boolean };

function asAccount(value: unknown): StoredAccount | null {
  const v = value as Partial<StoredAccount> | null;
  return typeof v?.username === "string" && typeof v.passwordEnc === "string" ? { username: v.username, passwordEnc: v.passwordEnc } : null;
}

async function readAccount(): Promise<StoredAccount | null> {
  const row = await db().setting.findUnique({ where: { key: EXPLORER_ACCOUNT_SETTING }, select: { value: true } });
  return row ? asAccount(row.value) : null;
}

/** The stored password, created (random) if there is none; another process's row wins a race. */
async function explorerPassword(): Promise<string> {
  const existing = await readAccount();
  if (existing) return decryptSecret(existing.passwordEnc);
  const password = randomBytes(32).toString("base64url");
  const value = { username: EXPLORER_USER, passwordEnc: encryptSecret(password) };
  try {
    await db().setting.create({ data: { key: EXPLORER_ACCOUNT_SETTING, value }, select: { key: true } });
    return password;
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    const winner = await readAccount();
    if (!winner) throw e;
    return decryptSecret(winner.passwordEnc);
  }
}

function noteUnrestricted(): void {
  if (g.__kilnExplorerUnrestricted) return;
  g.__kilnExplorerUnrestricted = true;
  console.warn(
    `[kiln] MongoDB: this server (or Kiln's MongoDB user) cannot create the read-only user ${EXPLORER_USER}, so the data explorer ` +
      "is NOT role-restricted: it reads through the platform connection (its code issues reads only)",
  );
}

/** Credentials of the read-only explorer user, set up in MongoDB; null where the server cannot create users. */
export async function explorerCredentials(): Promise<MongoCredentials | null> {
  return withMongo("setting up the data explorer", async (client) => {
    const password = await explorerPassword();
    if ((await ensureExplorerUser(client.db("admin"), password)) === "unsupported") {
      noteUnrestricted();
      return null;
    }
    return { username: EXPLORER_USER, password };
  });
}
