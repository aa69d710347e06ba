/**
 * The explorer's filter: relaxed Extended JSON text, checked before any query runs. Every `$`
 * key is looked up in a fixed allow-list (lib/explorer/operators) for the place it stands in;
 * server-side JavaScript (`$where`, `$function`, `$accumulator`, BSON Code values) is refused
 * anywhere, however deeply nested. A refusal names the operator and where it stood
 * (`details: {operator, path}`). Pure and isomorphic: tested in filter.test.ts.
 */
import { type Checked, type Doc, isDocument, parseEjsonObject, problem, type QueryProblem } from "@/lib/explorer/ejson-text";
import {
  EXPRESSION_OPERATORS,
  FIELD_OPERATORS,
  GEO_SHAPE_OPERATORS,
  JAVASCRIPT_OPERATORS,
  LOGICAL_OPERATORS,
  REFUSED_OPERATORS,
  TEXT_OPTIONS,
} from "@/lib/explorer/operators";

const MAX_DEPTH = 100;

class Refusal {
  constructor(readonly problem: QueryProblem) {}
}

const join = (path: string, key: string | number) => (path === "" ? String(key) : `${path}.${key}`);

function refuse(operator: string, path: string, why?: string): never {
  const reason = JAVASCRIPT_OPERATORS.has(operator)
    ? " (server-side JavaScript)"
    : REFUSED_OPERATORS.has(operator)
      ? ` (${REFUSED_OPERATORS.get(operator)})`
      : why
        ? ` (${why})`
        : "";
  throw new Refusal({ message: `filter: operator ${operator} is not allowed${reason}`, details: { operator, path } });
}

function invalid(message: string, path: string): never {
  throw new Refusal({ message: `filter: ${message}`, details: { path } });
}

function deep(depth: number, path: string): void {
  if (depth > MAX_DEPTH) invalid(`nested more than ${MAX_DEPTH} levels deep`, path);
}

/** A value compared against (not evaluated): only Code values and `$` keys are refused in it. */
function literal(v: unknown, path: string, depth: number): void {
  deep(depth, path);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) invalid("invalid date", path);
    return;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) literal(x, join(path, i), depth + 1);
    return;
  }
  if (typeof v !== "object" || v === null) return;
  const type = (v as { _bsontype?: string })._bsontype;
  if (type === "Code") refuse("$code", path, "a BSON Code value is server-side JavaScript");
  if (type !== undefined) return; // other BSON values: ObjectId, Decimal128, Binary, DBRef, …
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith("$")) refuse(k, join(path, k), "an operator inside a literal value is compared, not run");
    literal(x, join(path, k), depth + 1);
  }
}

/** `{$op: value, …}` on a field. */
function fieldOperators(ops: Doc, path: string, depth: number): void {
  deep(depth, path);
  for (const [op, v] of Object.entries(ops)) {
    const at = join(path, op);
    if (!op.startsWith("$")) invalid(`${path || "a field"} mixes operators and field names (${op})`, at);
    if (!FIELD_OPERATORS.has(op))
      refuse(op, at, LOGICAL_OPERATORS.has(op) || op === "$expr" ? "it belongs at the top of a query" : undefined);
    if (op === "$not" && isDocument(v)) fieldOperators(v, at, depth + 1);
    else if (op === "$elemMatch") {
      if (!isDocument(v)) invalid("$elemMatch takes an object", at);
      query(v, at, depth + 1, true);
    } else if (op === "$all" && Array.isArray(v)) {
      for (const [i, x] of v.entries()) {
        if (isOperatorDocument(x)) fieldOperators(x, join(at, i), depth + 2);
        else literal(x, join(at, i), depth + 2);
      }
    } else if (op === "$geoWithin" || op === "$geoIntersects") {
      if (!isDocument(v)) invalid(`${op} takes an object`, at);
      for (const [shape, x] of Object.entries(v)) {
        if (!GEO_SHAPE_OPERATORS.has(shape)) refuse(shape, join(at, shape));
        literal(x, join(at, shape), depth + 2);
      }
    } else literal(v, at, depth + 1);
  }
}

function isOperatorDocument(v: unknown): v is Doc {
  return isDocument(v) && Object.keys(v)[0]?.startsWith("$") === true;
}

/** An aggregation expression inside `$expr`. */
function expression(v: unknown, path: string, depth: number): void {
  deep(depth, path);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) expression(x, join(path, i), depth + 1);
    return;
  }
  if (!isDocument(v)) {
    literal(v, path, depth);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith("$") && !EXPRESSION_OPERATORS.has(k)) refuse(k, join(path, k));
    expression(x, join(path, k), depth + 1);
  }
}

/** A query document: the filter itself, a branch of $and/$or/$nor, or the inside of $elemMatch. */
function query(doc: Doc, path: string, depth: number, inElemMatch = false): void {
  deep(depth, path);
  for (const [k, v] of Object.entries(doc)) {
    const at = join(path, k);
    if (!k.startsWith("$")) {
      if (k === "") invalid("empty field name", at);
      if (isOperatorDocument(v)) fieldOperators(v, at, depth + 1);
      else literal(v, at, depth + 1);
    } else if (LOGICAL_OPERATORS.has(k)) {
      if (!Array.isArray(v) || v.length === 0) invalid(`${k} takes a non-empty array of queries`, at);
      for (const [i, branch] of v.entries()) {
        if (!isDocument(branch)) invalid(`${k} takes a non-empty array of queries`, join(at, i));
        query(branch, join(at, i), depth + 2);
      }
    } else if (k === "$expr") expression(v, at, depth + 1);
    else if (k === "$text" && !inElemMatch) {
      if (!isDocument(v)) invalid("$text takes an object", at);
      for (const [opt, x] of Object.entries(v)) {
        if (!TEXT_OPTIONS.has(opt)) refuse(opt, join(at, opt));
        literal(x, join(at, opt), depth + 2);
      }
    } else if (k === "$comment") literal(v, at, depth + 1);
    else if (inElemMatch && FIELD_OPERATORS.has(k)) fieldOperators({ [k]: v }, path, depth);
    else refuse(k, at, FIELD_OPERATORS.has(k) ? "it applies to a field: {field: {op: value}}" : undefined);
  }
}

/** Checks an already parsed filter; null when it may run. */
export function filterProblem(filter: Doc): QueryProblem | null {
  try {
    query(filter, "", 0);
    return null;
  } catch (e) {
    if (e instanceof Refusal) return e.problem;
    throw e;
  }
}

/** Filter text (empty: every document) → a checked query document. */
export function parseFilter(text: string | undefined): Checked<Doc> {
  if (text === undefined || text.trim() === "") return { ok: true, value: {} };
  const parsed = parseEjsonObject(text, "filter");
  if (!parsed.ok) return parsed;
  const refused = filterProblem(parsed.value);
  return refused ? problem(refused.message, refused.details) : parsed;
}
