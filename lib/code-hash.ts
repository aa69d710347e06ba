import { sha256Hex } from "./sha256";

/** Stable SHA-256 over a file set (sorted paths), same result in browser and server. */
export async function codeHash(files: Record<string, string>): Promise<string> {
  const parts: string[] = [];
  for (const path of Object.keys(files).sort()) parts.push(`${path}\u0000${files[path]}\u0000`);
  const bytes = new TextEncoder().encode(parts.join(""));
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(bytes); // not a secure context (plain http on a LAN address)
  const digest = await subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
