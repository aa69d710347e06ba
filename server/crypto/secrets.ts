import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/server/env";

/**
 * Secrets at rest: AES-256-GCM with KILN_SECRET_KEY (or a key generated into KILN_DATA_DIR).
 * Format "v1:<iv>:<tag>:<ciphertext>" (base64url). A wrong key fails loudly, never yields garbage.
 */
let key: Buffer | undefined;

/** KILN_SECRET_KEY is a passphrase of any length; the AES key is its SHA-256. */
export function keyFromPassphrase(passphrase: string): Buffer {
  return createHash("sha256").update(passphrase).digest();
}

function loadKey(): Buffer {
  const configured = env().KILN_SECRET_KEY;
  if (configured) return keyFromPassphrase(configured);
  const file = path.join(env().dataDir, "secret.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env().dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  const raw = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  if (raw.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return raw;
}

/** The key in use: KILN_SECRET_KEY's, or the one generated into KILN_DATA_DIR/secret.key. */
export function secretKey(): Buffer {
  key ??= loadKey();
  return key;
}

/** Where the key comes from, for error messages (never the key itself). */
export function secretKeySource(): string {
  return env().KILN_SECRET_KEY ? "KILN_SECRET_KEY" : path.join(env().dataDir, "secret.key");
}

export function encryptSecret(plain: string): string {
  return encryptWith(secretKey(), plain);
}

export function decryptSecret(stored: string): string {
  return decryptWith(secretKey(), stored);
}

export function encryptWith(aesKey: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", aesKey, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(":");
}

export function decryptWith(aesKey: Buffer, stored: string): string {
  const [v, iv, tag, data] = stored.split(":");
  if (v !== "v1" || !iv || !tag || data === undefined) throw new Error("Unrecognised secret format");
  const decipher = createDecipheriv("aes-256-gcm", aesKey, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A stored secret cannot be decrypted: KILN_SECRET_KEY differs from the key it was written with");
  }
}
