/** Binary values as people read them: size, a hex preview, UUIDs in their usual form. Pure. */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Decodes standard base64 (the `$binary.base64` of Extended JSON); null when it is not valid base64. */
export function base64ToBytes(base64: string): Uint8Array | null {
  let text: string;
  try {
    text = atob(base64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The first `max` bytes as lowercase hex; "…" marks that there were more. */
export function hexPreview(bytes: Uint8Array, max = 16): string {
  const shown = Array.from(bytes.subarray(0, max), (b) => HEX[b]).join("");
  return bytes.length > max ? `${shown}…` : shown;
}

/** 16 bytes as `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`; null for any other length. */
export function formatUuid(bytes: Uint8Array): string | null {
  if (bytes.length !== 16) return null;
  const hex = Array.from(bytes, (b) => HEX[b]).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Normalises a BSON binary subtype ("4", "04", "0x04", 4) to two lowercase hex digits. */
export function normalizeSubType(subType: unknown): string {
  const raw = typeof subType === "number" ? subType.toString(16) : String(subType ?? "0").replace(/^0x/i, "");
  return raw.toLowerCase().padStart(2, "0");
}
