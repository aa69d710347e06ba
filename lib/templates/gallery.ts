/** Searching and filtering the template gallery (in the browser: the whole list is already here). */

export interface GalleryItem {
  name: string;
  description: string;
  tags: readonly string[];
}

/**
 * Templates matching every word of the search (each word somewhere in the name, description or
 * tags, any case) and carrying every selected tag. An empty search and no tags keep them all.
 */
export function filterTemplates<T extends GalleryItem>(templates: readonly T[], search: string, tags: readonly string[] = []): T[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((t) => {
    if (!tags.every((tag) => t.tags.includes(tag))) return false;
    const haystack = [t.name, t.description, ...t.tags].join("\n").toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Every tag in use, most used first, then alphabetically: the gallery's filter chips. */
export function tagsInUse(templates: readonly GalleryItem[]): string[] {
  const counts = new Map<string, number>();
  for (const t of templates) for (const tag of new Set(t.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** Turns one chip on or off, keeping the others in the order they were picked. */
export function toggleTag(selected: readonly string[], tag: string): string[] {
  return selected.includes(tag) ? selected.filter((t) => t !== tag) : [...selected, tag];
}

/**
 * The chips on show: the `limit` most used, plus any selected one beyond them (a pressed chip
 * never disappears), or every tag once expanded. `more` counts the ones left out.
 */
export function visibleChips(tags: readonly string[], selected: readonly string[], limit: number, expanded: boolean) {
  if (expanded || tags.length <= limit) return { shown: [...tags], more: 0 };
  const shown = tags.filter((tag, i) => i < limit || selected.includes(tag));
  return { shown, more: tags.length - shown.length };
}
