"use client";

import { ChevronsDownUpIcon, ChevronsUpDownIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { classify, isContainer, type JsonObject } from "@/components/explorer/ejson/classify";
import { toRelaxedText } from "@/components/explorer/ejson/relaxed";
import { BsonValue } from "@/components/explorer/json-tree/bson-value";
import { JsonTree } from "@/components/explorer/json-tree/json-tree";
import { CopyButton } from "@/components/shared/copy-button";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";

/** How the tree starts: top-level fields shown, sub-documents and arrays closed. */
const INITIAL = { depth: 0, version: 0 };

function IdSummary({ id }: { id: unknown }) {
  if (id === undefined) return <span className="text-muted-foreground">no _id</span>;
  const node = classify(id);
  return (
    <>
      <span className="text-muted-foreground">_id </span>
      {isContainer(node) ? <span className="text-muted-foreground">{"{…}"}</span> : <BsonValue node={node} />}
    </>
  );
}

/** One document: its _id, expand/collapse all, copy as relaxed Extended JSON, and the tree. */
export function DocumentCard({ doc, position }: { doc: JsonObject; position: number }) {
  // Expand/collapse all remount the tree with a new starting depth (nodes keep their own state).
  const [view, setView] = useState(INITIAL);
  const text = useMemo(() => toRelaxedText(doc), [doc]);
  const fields = Object.keys(doc).length;

  return (
    <article
      data-testid="explorer-doc"
      aria-label={`Document ${position}`}
      className="min-w-0 overflow-hidden rounded-lg border bg-card text-card-foreground shadow-xs"
    >
      <header className="flex items-center justify-between gap-2 border-b bg-muted/30 py-1 pr-1.5 pl-3">
        <p className="min-w-0 truncate font-mono text-xs">
          <IdSummary id={doc._id} />
          <span className="ml-2 font-sans text-muted-foreground">
            · {fields} {fields === 1 ? "field" : "fields"}
          </span>
        </p>
        <div className="flex shrink-0 items-center">
          <Hint label="Expand all">
            <Button
              variant="ghost"
              size="icon-xs"
              aria-label={`Expand all fields of document ${position}`}
              data-testid="doc-expand-all"
              onClick={() => setView((v) => ({ depth: Number.POSITIVE_INFINITY, version: v.version + 1 }))}
            >
              <ChevronsUpDownIcon aria-hidden />
            </Button>
          </Hint>
          <Hint label="Collapse all">
            <Button
              variant="ghost"
              size="icon-xs"
              aria-label={`Collapse all fields of document ${position}`}
              data-testid="doc-collapse-all"
              onClick={() => setView((v) => ({ depth: 0, version: v.version + 1 }))}
            >
              <ChevronsDownUpIcon aria-hidden />
            </Button>
          </Hint>
          <CopyButton value={text} label="Copy as Extended JSON" />
        </div>
      </header>
      <div className="overflow-x-auto px-2 py-2">
        <JsonTree key={view.version} doc={doc} expandDepth={view.depth} label={`Fields of document ${position}`} />
      </div>
    </article>
  );
}
