import type { BsonNode } from "@/components/explorer/ejson/classify";
import { Ctor, Num, Str } from "@/components/explorer/json-tree/tokens";
import { Badge } from "@/components/ui/badge";

/** A Date: a badge and its ISO instant (the raw milliseconds when a JS Date cannot hold it). */
export function DateValue({ node }: { node: Extract<BsonNode, { type: "date" }> }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge variant="info" className="px-1 py-0 font-sans text-[10px] leading-4">
        Date
      </Badge>{" "}
      {node.iso ? (
        <time dateTime={node.iso} className="text-(--syntax-string)">
          {node.iso}
        </time>
      ) : (
        <Ctor name="Date">
          <Num>{node.ms}</Num>
        </Ctor>
      )}
    </span>
  );
}

/** Binary: a UUID in its usual form, else its size, subtype and the first bytes in hex. */
export function BinaryValue({ node }: { node: Extract<BsonNode, { type: "binary" }> }) {
  if (node.uuid) {
    return (
      <Ctor name="UUID">
        <Str>{node.uuid}</Str>
      </Ctor>
    );
  }
  return (
    <span>
      <span className="text-(--syntax-type)">Binary</span>{" "}
      <span className="text-muted-foreground">
        ({node.size === null ? "invalid base64" : `${node.size} ${node.size === 1 ? "byte" : "bytes"}`}
        {node.subType !== "00" && `, subtype ${node.subType}`})
      </span>{" "}
      <span className="break-all text-(--syntax-number)">{node.preview}</span>
    </span>
  );
}
