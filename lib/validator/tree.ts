import type { Node } from "web-tree-sitter";
import type { RuleId, ValidationError } from "./types";

export function errorAt(file: string, node: Pick<Node, "startPosition">, rule: RuleId, message: string): ValidationError {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    message,
    rule,
  };
}

/** An identifier as Python sees it: NFKC-normalised (`ｅｖａｌ` is `eval`). */
export function nameOf(node: Node): string {
  const text = node.text;
  return /[\u0080-\uffff]/.test(text) ? text.normalize("NFKC") : text;
}

/** `a.b.c` → ["a", "b", "c"]; null when the chain does not start with a plain name. */
export function chainSegments(node: Node): string[] | null {
  if (node.type === "identifier") return [nameOf(node)];
  if (node.type !== "attribute") return null;
  const object = node.childForFieldName("object");
  const attribute = node.childForFieldName("attribute");
  if (!object || !attribute) return null;
  const head = chainSegments(object);
  return head ? [...head, nameOf(attribute)] : null;
}

/** True when `node` is the `object` of its parent attribute (the chain goes on above it). */
export function isAttributeObject(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === "attribute" && parent.childForFieldName("object")?.id === node.id;
}

/** True when `node` is the callee of a call: `node(...)`. */
export function isCallee(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === "call" && parent.childForFieldName("function")?.id === node.id;
}

/** The outermost attribute of the chain `node` belongs to (`os` in `os.path.join` → the whole). */
export function chainTop(node: Node): Node {
  let top = node;
  while (isAttributeObject(top)) top = top.parent ?? top;
  return top;
}

/** The literal text of a plain string (no f-string, no escapes, no bytes), else null. */
export function literalString(node: Node | null): string | null {
  if (!node) return null;
  if (node.type === "concatenated_string") {
    let out = "";
    for (const part of node.namedChildren) {
      const text = literalString(part);
      if (text === null) return null;
      out += text;
    }
    return out;
  }
  if (node.type !== "string") return null;
  const match = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(node.text);
  const body = match?.[3];
  if (body === undefined || body.includes("\\")) return null;
  return body;
}
