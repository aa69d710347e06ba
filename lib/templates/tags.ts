/** Tags as people type them ("fastapi, Mongo htmx") and as the server stores them (["fastapi","mongo","htmx"]). */

/** Splits on commas and whitespace, lowercases, drops empties and repeats (first one wins). */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    const tag = raw.trim().toLowerCase();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The text a tags field starts with for an existing template. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(", ");
}
