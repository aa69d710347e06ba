import type { JsonObject } from "@/components/explorer/ejson/classify";
import { JsonEntry } from "@/components/explorer/json-tree/json-node";

/** A document's fields as a collapsible tree; `expandDepth` says how deep it starts open. */
export function JsonTree({ doc, expandDepth, label }: { doc: JsonObject; expandDepth: number; label: string }) {
  return (
    <ul aria-label={label} className="font-mono text-xs leading-5">
      {Object.entries(doc).map(([key, value]) => (
        <JsonEntry key={key} name={key} value={value} path={key} depth={0} expandDepth={expandDepth} />
      ))}
    </ul>
  );
}
