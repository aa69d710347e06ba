import type { Node } from "web-tree-sitter";
import { type Bindings, resolveChain } from "./bindings";
import { chainSegments, nameOf } from "./tree";
import type { ValidationError } from "./types";

/** Application factories, matched on the last segment of the resolved callee. */
const APP_FACTORIES = new Set(["FastAPI", "Starlette", "FastHTML"]);
/** Factories returning a tuple whose first item is the app: `app, rt = fast_app()`. */
const TUPLE_FACTORIES = new Set(["fast_app"]);

function factoryName(value: Node | null, bindings: Bindings): string | null {
  if (value?.type !== "call") return null;
  const fn = value.childForFieldName("function");
  if (!fn) return null;
  const qualified = resolveChain(fn, bindings) ?? chainSegments(fn)?.join(".");
  return qualified?.split(".").at(-1) ?? null;
}

/** The first name of a target: `app` in `app`, `app, rt`, `(app, rt)`, `[app, rt]`. */
function firstTarget(left: Node): { name: string; tuple: boolean } | null {
  if (left.type === "identifier") return { name: nameOf(left), tuple: false };
  if (["pattern_list", "tuple_pattern", "list_pattern"].includes(left.type)) {
    const first = left.namedChild(0);
    return first?.type === "identifier" ? { name: nameOf(first), tuple: true } : null;
  }
  return null;
}

/** Does this assignment (possibly chained: `app = application = FastAPI()`) bind the app? */
function bindsApp(assignment: Node, bindings: Bindings): boolean {
  const targets: Node[] = [];
  let node: Node | null = assignment;
  while (node?.type === "assignment") {
    const left = node.childForFieldName("left");
    if (left) targets.push(left);
    node = node.childForFieldName("right");
  }
  const factory = factoryName(node, bindings);
  if (factory === null) return false;
  return targets.some((left) => {
    const target = firstTarget(left);
    if (target?.name !== "app") return false;
    return target.tuple ? TUPLE_FACTORIES.has(factory) : APP_FACTORIES.has(factory);
  });
}

/** The entrypoint must bind `app` at module level to an application. */
export function checkEntrypoint(file: string, topLevelAssignments: readonly Node[], bindings: Bindings): ValidationError[] {
  if (topLevelAssignments.some((assignment) => bindsApp(assignment, bindings))) return [];
  const message = "`app` is not defined: bind it at module level, e.g. `app = FastAPI()` or `app, rt = fast_app()`";
  return [{ file, line: 1, column: 1, message, rule: "entrypoint-no-app" }];
}
