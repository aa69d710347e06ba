import type { BsonNode } from "@/components/explorer/ejson/classify";
import { LongString } from "@/components/explorer/json-tree/long-string";
import { BinaryValue, DateValue } from "@/components/explorer/json-tree/rich-values";
import { Ctor, Keyword, Num, Str } from "@/components/explorer/json-tree/tokens";

type Scalar = Exclude<BsonNode, { type: "object" | "array" }>;

const TYPE_NAMES: Record<Scalar["type"], string> = {
  string: "String",
  boolean: "Boolean",
  null: "Null",
  undefined: "Undefined",
  number: "Number",
  int32: "Int32",
  int64: "Int64",
  double: "Double",
  decimal128: "Decimal128",
  objectId: "ObjectId",
  date: "Date",
  binary: "Binary",
  timestamp: "Timestamp",
  regex: "Regular expression",
  minKey: "MinKey",
  maxKey: "MaxKey",
  symbol: "Symbol",
  code: "JavaScript code",
  dbPointer: "DBPointer",
};

function ScalarValue({ node }: { node: Scalar }) {
  switch (node.type) {
    case "string":
      return <LongString value={node.value} />;
    case "boolean":
      return <Keyword>{String(node.value)}</Keyword>;
    case "null":
    case "undefined":
      return <Keyword>{node.type}</Keyword>;
    case "number":
    case "int32":
    case "double":
      return <Num>{node.value}</Num>;
    case "int64":
      return (
        <Ctor name="Long">
          <Str>{node.value}</Str>
        </Ctor>
      );
    case "decimal128":
      return (
        <Ctor name="Decimal128">
          <Str>{node.value}</Str>
        </Ctor>
      );
    case "objectId":
      return (
        <Ctor name="ObjectId">
          <Str>{node.hex}</Str>
        </Ctor>
      );
    case "date":
      return <DateValue node={node} />;
    case "binary":
      return <BinaryValue node={node} />;
    case "timestamp":
      return (
        <Ctor name="Timestamp">
          <span className="text-muted-foreground">{"{ t: "}</span>
          <Num>{node.t}</Num>
          <span className="text-muted-foreground">{", i: "}</span>
          <Num>{node.i}</Num>
          <span className="text-muted-foreground">{" }"}</span>
        </Ctor>
      );
    case "regex":
      return <span className="break-all text-(--syntax-string)">{`/${node.pattern}/${node.options}`}</span>;
    case "minKey":
      return <Ctor name="MinKey" />;
    case "maxKey":
      return <Ctor name="MaxKey" />;
    case "symbol":
      return (
        <Ctor name="Symbol">
          <Str>{node.value}</Str>
        </Ctor>
      );
    case "code":
      return (
        <Ctor name="Code">
          <Str>{node.code}</Str>
          {node.scope && <span className="text-muted-foreground">, {JSON.stringify(node.scope)}</span>}
        </Ctor>
      );
    case "dbPointer":
      return (
        <Ctor name="DBPointer">
          <Str>{node.ref}</Str>
          <span className="text-muted-foreground">, </span>
          <Ctor name="ObjectId">
            <Str>{node.id}</Str>
          </Ctor>
        </Ctor>
      );
  }
}

/** One BSON value that is not a document or an array, as canonical Extended JSON describes it. */
export function BsonValue({ node }: { node: Scalar }) {
  return (
    <span data-bson-type={node.type} title={TYPE_NAMES[node.type]}>
      <ScalarValue node={node} />
    </span>
  );
}

export type { Scalar };
