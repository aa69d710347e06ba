/** Stable SHA-256 over a file set (sorted paths), same result in browser and server. */
export async function codeHash(files: Record<string, string>): Promise<string> {
  const parts: string[] = [];
  for (const path of Object.keys(files).sort()) parts.push(`${path}\u0000${files[path]}\u0000`);
  const bytes = new TextEncoder().encode(parts.join(""));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
