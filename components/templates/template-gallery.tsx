"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { SearchInput } from "@/components/shared/search-input";
import { QueryProblem } from "@/components/shared/section-states";
import { TagChips } from "@/components/templates/tag-chips";
import { BlankCard, TemplateCard } from "@/components/templates/template-card";
import type { TemplateSummary } from "@/components/templates/types";
import { Skeleton } from "@/components/ui/skeleton";
import { filterTemplates, tagsInUse, toggleTag } from "@/lib/templates/gallery";

const SKELETONS = ["a", "b", "c"];

/** Blank app first, then every template; searchable and filterable by tag. `selected` null is the blank app. */
export function TemplateGallery({
  templates,
  problem,
  selected,
  onSelect,
}: {
  /** undefined while loading. */
  templates: TemplateSummary[] | undefined;
  problem: { error: unknown; retry(): void } | null;
  selected: string | null;
  onSelect(template: TemplateSummary | null): void;
}) {
  const [search, setSearch] = useState("");
  const [tags, setTags] = useState<string[]>([]);
  const query = useDeferredValue(search);
  const all = templates ?? [];
  const chips = useMemo(() => tagsInUse(all), [all]);
  const shown = filterTemplates(all, query, tags);
  const filtering = query.trim() !== "" || tags.length > 0;

  return (
    <div className="flex min-w-0 flex-col gap-2 md:min-h-0">
      <SearchInput
        compact
        className="font-sans"
        aria-label="Search templates by name, description or tag"
        data-testid="template-search"
        placeholder="Search templates…"
        value={search}
        onValue={setSearch}
      />
      <TagChips tags={chips} selected={tags} onToggle={(tag) => setTags((t) => toggleTag(t, tag))} onClear={() => setTags([])} />
      <ul
        aria-label="Templates"
        className="grid max-h-96 min-h-0 flex-1 content-start md:max-h-none grid-cols-1 gap-2 overflow-y-auto p-0.5 sm:grid-cols-2"
      >
        <li>
          <BlankCard selected={selected === null} onSelect={() => onSelect(null)} />
        </li>
        {shown.map((t) => (
          <li key={t.id}>
            <TemplateCard template={t} selected={selected === t.id} onSelect={() => onSelect(t)} />
          </li>
        ))}
        {!templates &&
          !problem &&
          SKELETONS.map((key) => (
            <li key={key}>
              <Skeleton className="h-full min-h-24 rounded-lg" />
            </li>
          ))}
      </ul>
      {problem && <QueryProblem error={problem.error} what="the templates" onRetry={problem.retry} className="py-4" />}
      {templates && filtering && shown.length === 0 && (
        <p className="text-center text-xs text-muted-foreground" role="status" data-testid="template-no-match">
          No template matches{query.trim() ? ` “${query.trim()}”` : ""}
          {tags.length > 0 ? ` with ${tags.map((t) => `#${t}`).join(" ")}` : ""}.
        </p>
      )}
    </div>
  );
}
