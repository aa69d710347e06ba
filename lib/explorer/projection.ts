/**
 * `projection`: relaxed Extended JSON text of `{field: 0|1, …}`, inclusion or exclusion (with
 * `_id` free to differ), as MongoDB takes it. Projection operators ($slice, $elemMatch, $meta,
 * positional `a.$`) are refused: the explorer shows stored documents, it does not reshape them.
 * Pure and isomorphic: tested in projection.test.ts.
 */
import { type Checked, isDocument, parseEjsonObject, problem } from "@/lib/explorer/ejson-text";
import { fieldPathProblem } from "@/lib/explorer/paths";

export interface ProjectionSpec {
  mode: "include" | "exclude";
  /** Paths other than `_id`, in the order given. */
  paths: string[];
  /** Whether `_id` appears in the results. */
  keepId: boolean;
}

const MAX_FIELDS = 100;

function flag(v: unknown): 0 | 1 | null {
  if (v === 1 || v === true) return 1;
  if (v === 0 || v === false) return 0;
  return null;
}

/** Two paths where one is inside the other ("a" and "a.b"): MongoDB refuses them too. */
function collision(paths: string[]): [string, string] | null {
  for (const a of paths) for (const b of paths) if (b.startsWith(`${a}.`)) return [a, b];
  return null;
}

/** Projection text (empty or `{}`: whole documents) → a spec, or null for none. */
export function parseProjection(text: string | undefined): Checked<ProjectionSpec | null> {
  if (text === undefined || text.trim() === "") return { ok: true, value: null };
  const parsed = parseEjsonObject(text, "projection");
  if (!parsed.ok) return parsed;
  const entries = Object.entries(parsed.value);
  if (entries.length === 0) return { ok: true, value: null };
  if (entries.length > MAX_FIELDS) return problem(`projection: at most ${MAX_FIELDS} fields`);
  let keepId: boolean | undefined;
  const include: string[] = [];
  const exclude: string[] = [];
  for (const [path, v] of entries) {
    if (isDocument(v)) {
      const operator = Object.keys(v).find((k) => k.startsWith("$")) ?? "an object";
      return problem(`projection: ${operator} is not supported by the explorer (use 0 or 1)`, { operator, path });
    }
    if (path === "$" || path.endsWith(".$")) {
      return problem("projection: the positional $ is not supported by the explorer", { operator: "$", path });
    }
    const why = fieldPathProblem(path);
    if (why) return problem(`projection: ${why}`, { path });
    if (path.startsWith("_id."))
      return problem("projection: sub-fields of _id cannot be projected (results always keep _id whole)", { path });
    const f = flag(v);
    if (f === null) return problem(`projection: ${path} must be 0 or 1`, { path });
    if (path === "_id") keepId = f === 1;
    else (f === 1 ? include : exclude).push(path);
  }
  if (include.length > 0 && exclude.length > 0) {
    return problem("projection: cannot mix inclusion (1) and exclusion (0), except for _id");
  }
  const paths = include.length > 0 ? include : exclude;
  const clash = collision(paths);
  if (clash) return problem(`projection: paths ${clash[0]} and ${clash[1]} collide`, { paths: clash });
  const mode = include.length > 0 || (exclude.length === 0 && keepId === true) ? "include" : "exclude";
  return { ok: true, value: { mode, paths, keepId: keepId ?? true } };
}
