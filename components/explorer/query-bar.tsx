"use client";

import { PlayIcon, RotateCcwIcon } from "lucide-react";
import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { type ExplorerQuery, formatSort, parseSort } from "@/components/explorer/explorer-params";
import { PageSizeSelect } from "@/components/explorer/page-size-select";
import type { QueryError, QueryField as QueryFieldName } from "@/components/explorer/query-error";
import { QueryField } from "@/components/explorer/query-field";
import { type SortDirection, SortInput } from "@/components/explorer/sort-input";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { PageSize } from "@/lib/schemas/data";

type Draft = { filter: string; sortField: string; direction: SortDirection; projection: string };
export type QueryText = Omit<ExplorerQuery, "limit">;

function toDraft(q: ExplorerQuery): Draft {
  const { field, direction } = parseSort(q.sort);
  return { filter: q.filter, sortField: field, direction, projection: q.projection };
}

const appliedKey = (q: ExplorerQuery) => JSON.stringify([q.filter, q.sort, q.projection]);

/**
 * Filter (relaxed Extended JSON), sort, projection and page size. Edits stay a draft until Run
 * (or Ctrl/Cmd+Enter anywhere in the bar); the page size applies at once. `error` is the
 * server's word on the query, shown under the field it is about (the filter when it names none).
 */
export function QueryBar({
  applied,
  error,
  running,
  onRun,
  onPageSize,
}: {
  applied: ExplorerQuery;
  error: QueryError | null;
  running: boolean;
  onRun(query: QueryText): void;
  onPageSize(limit: PageSize): void;
}) {
  const [draft, setDraft] = useState(() => toDraft(applied));
  // A query applied from elsewhere (back button, a link) replaces the draft, without a remount: focus stays put.
  const [seen, setSeen] = useState(() => appliedKey(applied));
  if (seen !== appliedKey(applied)) {
    setSeen(appliedKey(applied));
    setDraft(toDraft(applied));
  }
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorId = useId();
  const at = error ? (error.field ?? "filter") : null;
  const invalid = (field: QueryFieldName) => (at === field ? { "aria-invalid": true, "aria-describedby": errorId } : {});
  const errorText = error && (
    <p id={errorId} role="alert" data-testid="explorer-error" className="-mt-1 text-xs whitespace-pre-wrap text-destructive">
      {error.message}
    </p>
  );
  const blank = !draft.filter && !draft.sortField && !draft.projection && !applied.filter && !applied.sort && !applied.projection;

  function run(e?: FormEvent) {
    e?.preventDefault();
    onRun({ filter: draft.filter.trim(), sort: formatSort(draft.sortField, draft.direction), projection: draft.projection.trim() });
  }
  function reset() {
    setDraft({ filter: "", sortField: "", direction: "asc", projection: "" });
    onRun({ filter: "", sort: "", projection: "" });
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  }

  return (
    <form onSubmit={run} onKeyDown={onKeyDown} aria-label="Query" className="grid gap-3 border-b p-4">
      <QueryField label="Filter" hint="Relaxed Extended JSON · Ctrl/⌘+Enter runs">
        {(id) => (
          <Textarea
            id={id}
            data-testid="explorer-filter"
            value={draft.filter}
            onChange={(e) => set({ filter: e.target.value })}
            placeholder='{"status": "active", "n": {"$gt": 3}}'
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            rows={2}
            {...invalid("filter")}
            className="min-h-14 resize-y font-mono text-xs"
          />
        )}
      </QueryField>
      {at === "filter" && errorText}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto] sm:items-end">
        <QueryField label="Sort">
          {(id) => (
            <SortInput
              id={id}
              field={draft.sortField}
              direction={draft.direction}
              onField={(sortField) => set({ sortField })}
              onDirection={(direction) => set({ direction })}
              {...invalid("sort")}
            />
          )}
        </QueryField>
        <QueryField label="Projection">
          {(id) => (
            <Input
              id={id}
              data-testid="explorer-projection"
              value={draft.projection}
              onChange={(e) => set({ projection: e.target.value })}
              placeholder='{"name": 1, "status": 1}'
              {...invalid("projection")}
              spellCheck={false}
              autoCapitalize="off"
              className="h-8 font-mono text-xs"
            />
          )}
        </QueryField>
        <PageSizeSelect value={applied.limit} onChange={onPageSize} />
      </div>
      {(at === "sort" || at === "projection") && errorText}
      <div className="flex items-center justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={reset} disabled={blank}>
          <RotateCcwIcon aria-hidden /> Reset
        </Button>
        <Button type="submit" size="sm" data-testid="explorer-run" aria-keyshortcuts="Control+Enter Meta+Enter" aria-busy={running}>
          <PlayIcon aria-hidden /> {running ? "Running…" : "Run"}
        </Button>
      </div>
    </form>
  );
}
