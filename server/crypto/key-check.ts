/**
 * Startup check (issue #6): with the wrong KILN_SECRET_KEY Kiln refuses to start with a clear
 * error, rather than failing later on the first secret or, worse, writing new secrets under a
 * second key. The first start stores a check value; later starts must decrypt it.
 */
import "server-only";
import { encryptedValues, KEY_CHECK_PLAINTEXT, KEY_CHECK_SETTING } from "@/server/crypto/encrypted-values";
import { decryptSecret, encryptSecret, secretKeySource } from "@/server/crypto/secrets";
import { db } from "@/server/db";

export class WrongSecretKey extends Error {
  constructor(source: string) {
    super(
      `The secret key (${source}) is not the one Kiln's stored secrets were encrypted with. ` +
        "Start Kiln with the original KILN_SECRET_KEY, or rotate to a new key with `npm run rotate-secret-key` using the old one.",
    );
    this.name = "WrongSecretKey";
  }
}

/** The plaintext, or null when this key cannot decrypt it. */
function decrypted(stored: string): string | null {
  try {
    return decryptSecret(stored);
  } catch {
    return null;
  }
}

export async function verifySecretKey(): Promise<void> {
  const row = await db().setting.findUnique({ where: { key: KEY_CHECK_SETTING }, select: { value: true } });
  const check = (row?.value as { check?: unknown } | null)?.check;
  if (typeof check === "string") {
    if (decrypted(check) !== KEY_CHECK_PLAINTEXT) throw new WrongSecretKey(secretKeySource());
    return;
  }
  // No check yet (first start, or data from before it existed): any stored secret must decrypt.
  const existing = await db().$transaction((tx) => encryptedValues(tx));
  const first = existing[0];
  if (first && decrypted(first.stored) === null) throw new WrongSecretKey(secretKeySource());
  await db()
    .setting.create({ data: { key: KEY_CHECK_SETTING, value: { check: encryptSecret(KEY_CHECK_PLAINTEXT) } }, select: { key: true } })
    .catch((e: unknown) => {
      if ((e as { code?: string }).code !== "P2002") throw e;
    });
  // Kiln replicas starting together race to store the check: whichever stored it, this key must open it.
  return verifySecretKey();
}
