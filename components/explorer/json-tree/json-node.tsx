"use client";

import { ChevronRightIcon } from "lucide-react";
import { useState } from "react";
import { type BsonNode, classify, isContainer } from "@/components/explorer/ejson/classify";
import { BsonValue } from "@/components/explorer/json-tree/bson-value";
import { JsonKey } from "@/components/explorer/json-tree/json-key";
import { formatCount } from "@/components/shared/format";
import { cn } from "@/lib/utils";

/** Arrays (and documents) with more entries than this show the first ones and a "show all" button. */
export const MANY_ITEMS = 50;

type Container = Extract<BsonNode, { type: "object" | "array" }>;

interface EntryProps {
  name: string;
  value: unknown;
  /** Dotted path from the document root (`meta.tags.0`). */
  path: string;
  depth: number;
  /** Containers at a depth below this start open (0: all closed, Infinity: all open). */
  expandDepth: number;
  index?: boolean;
}

/** One field of a document (or item of an array): a plain value, or a node that opens. */
export function JsonEntry({ name, value, path, depth, expandDepth, index = false }: EntryProps) {
  const node = classify(value);
  if (isContainer(node)) return <JsonNode name={name} node={node} path={path} depth={depth} expandDepth={expandDepth} index={index} />;
  return (
    <li className="flex min-w-0 items-baseline py-px pl-5">
      <JsonKey name={name} index={index} />
      <span className="min-w-0">
        <BsonValue node={node} />
      </span>
    </li>
  );
}

function summary(node: Container): string {
  const n = node.type === "array" ? node.items.length : node.entries.length;
  if (node.type === "array") return `[${formatCount(n)} ${n === 1 ? "item" : "items"}]`;
  return `{${formatCount(n)} ${n === 1 ? "field" : "fields"}}`;
}

/** A sub-document or array: a toggle with its size, and its entries once open. */
export function JsonNode({ name, node, path, depth, expandDepth, index = false }: Omit<EntryProps, "value"> & { node: Container }) {
  const [open, setOpen] = useState(depth < expandDepth);
  const [all, setAll] = useState(false);
  const children: [string, unknown][] = node.type === "array" ? node.items.map((v, i) => [String(i), v]) : node.entries;
  const shown = all ? children : children.slice(0, MANY_ITEMS);
  const hidden = children.length - shown.length;
  const empty = children.length === 0;

  return (
    <li data-testid="json-node" data-key={name} data-path={path} className="min-w-0">
      <button
        type="button"
        data-testid="json-toggle"
        aria-expanded={empty ? undefined : open}
        disabled={empty}
        onClick={() => setOpen((o) => !o)}
        className="group flex max-w-full items-baseline rounded-sm py-px text-left outline-none hover:bg-muted/60 focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-default disabled:hover:bg-transparent"
      >
        <ChevronRightIcon
          aria-hidden
          className={cn(
            "mx-0.5 size-4 shrink-0 self-center text-muted-foreground transition-transform",
            open && !empty && "rotate-90",
            empty && "invisible",
          )}
        />
        <JsonKey name={name} index={index} />
        <span className="text-muted-foreground">{summary(node)}</span>
      </button>
      {open && !empty && (
        <ul className="ml-2 border-l border-border/70 pl-2">
          {shown.map(([key, value]) => (
            <JsonEntry
              key={key}
              name={key}
              value={value}
              path={`${path}.${key}`}
              depth={depth + 1}
              expandDepth={expandDepth}
              index={node.type === "array"}
            />
          ))}
          {hidden > 0 && (
            <li className="py-0.5 pl-5">
              <button
                type="button"
                onClick={() => setAll(true)}
                className="rounded-sm font-sans text-[11px] font-medium text-primary outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                Show all {formatCount(children.length)} {node.type === "array" ? "items" : "fields"} ({formatCount(hidden)} more)
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
