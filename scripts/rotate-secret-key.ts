/**
 * `npm run rotate-secret-key` — re-encrypts every stored secret (app secrets, MongoDB
 * passwords, the key check) from the current key to KILN_NEW_SECRET_KEY in one transaction.
 * Stop Kiln first; afterwards start it with KILN_SECRET_KEY set to the new key.
 *
 *   KILN_SECRET_KEY=old KILN_NEW_SECRET_KEY=new npm run rotate-secret-key
 *   (without KILN_SECRET_KEY the current key is KILN_DATA_DIR/secret.key)
 */
import { encryptedValues } from "@/server/crypto/encrypted-values";
import { verifySecretKey } from "@/server/crypto/key-check";
import { decryptWith, encryptWith, keyFromPassphrase, secretKey, secretKeySource } from "@/server/crypto/secrets";
import { db } from "@/server/db";

async function main(): Promise<void> {
  const next = process.env.KILN_NEW_SECRET_KEY;
  if (!next || next.length < 16) {
    console.error("[kiln] Set KILN_NEW_SECRET_KEY to the new key (at least 16 characters) and run again.");
    process.exit(2);
  }
  await verifySecretKey(); // the current key must be the right one before anything is rewritten
  const oldKey = secretKey();
  const newKey = keyFromPassphrase(next);
  const count = await db().$transaction(async (tx) => {
    const values = await encryptedValues(tx);
    for (const v of values) await v.write(tx, encryptWith(newKey, decryptWith(oldKey, v.stored)));
    return values.length;
  });
  console.log(`[kiln] Re-encrypted ${count} stored value${count === 1 ? "" : "s"} from ${secretKeySource()} to the new key.`);
  console.log("[kiln] Start Kiln with KILN_SECRET_KEY set to the new key (the value of KILN_NEW_SECRET_KEY).");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[kiln] Key rotation failed, nothing was changed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
