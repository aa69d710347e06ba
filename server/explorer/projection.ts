/**
 * Projections, applied in two steps so that paging always has what it needs: MongoDB gets a
 * widened projection (whole top-level fields, always _id and the sort field's top-level field),
 * which never collides and keeps the bulk of unwanted data on the server; the exact projection
 * is then applied here, with MongoDB's semantics for dotted paths through sub-documents and
 * arrays. Pure: tested in projection.test.ts.
 */
import type { Document } from "mongodb";
import { type Doc, isDocument } from "@/lib/explorer/ejson-text";
import type { ProjectionSpec } from "@/lib/explorer/projection";

type Tree = Map<string, Tree | true>;

function treeOf(paths: string[]): Tree {
  const root: Tree = new Map();
  for (const path of paths) {
    const segments = path.split(".");
    const leaf = segments.pop() as string;
    let node = root;
    for (const s of segments) {
      let child = node.get(s);
      if (child === undefined || child === true) {
        child = new Map();
        node.set(s, child);
      }
      node = child;
    }
    node.set(leaf, true);
  }
  return root;
}

const rootOf = (path: string) => path.split(".")[0] as string;

/** What MongoDB is asked to project (undefined: whole documents). */
export function mongoProjection(spec: ProjectionSpec | null, sortField: string): Document | undefined {
  if (!spec) return undefined;
  const keep = rootOf(sortField);
  if (spec.mode === "include") {
    const roots = new Set([...spec.paths.map(rootOf), keep]);
    roots.delete("_id");
    return Object.fromEntries([["_id", 1], ...[...roots].map((r) => [r, 1])]);
  }
  const excluded = spec.paths.filter((p) => rootOf(p) !== keep);
  return excluded.length > 0 ? Object.fromEntries(excluded.map((p) => [p, 0])) : undefined;
}

function includeIn(v: unknown, node: Tree): unknown {
  if (isDocument(v)) return include(v, node);
  if (Array.isArray(v)) return v.filter((x) => isDocument(x) || Array.isArray(x)).map((x) => includeIn(x, node));
  return undefined;
}

function include(doc: Doc, tree: Tree): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) {
    const node = tree.get(k);
    if (node === true) out[k] = v;
    else if (node) {
      const kept = includeIn(v, node);
      if (kept !== undefined) out[k] = kept;
    }
  }
  return out;
}

function excludeIn(v: unknown, node: Tree): unknown {
  if (isDocument(v)) return exclude(v, node);
  if (Array.isArray(v)) return v.map((x) => excludeIn(x, node));
  return v;
}

function exclude(doc: Doc, tree: Tree): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) {
    const node = tree.get(k);
    if (node === true) continue;
    out[k] = node ? excludeIn(v, node) : v;
  }
  return out;
}

/** The document as the caller's projection shows it. */
export function applyProjection(doc: Doc, spec: ProjectionSpec | null): Doc {
  if (!spec) return doc;
  if (spec.mode === "include") return include(doc, treeOf(spec.keepId ? ["_id", ...spec.paths] : spec.paths));
  return exclude(doc, treeOf(spec.keepId ? spec.paths : ["_id", ...spec.paths]));
}
