/**
 * Field paths as the explorer takes them in `sort` and `projection`: dotted names, no `$`
 * (no operators, no positional `$`), no empty segments. Pure.
 */

/** Why `path` is not a plain field path, or null when it is. */
export function fieldPathProblem(path: string): string | null {
  if (path === "") return "a field name is required";
  if (path.includes("$")) return "field names may not contain '$' (operators and positional paths are not supported)";
  if (path.includes("\0")) return "field names may not contain NUL";
  if (path.split(".").some((s) => s === "")) return "field paths may not have empty segments (such as 'a..b' or a leading or trailing '.')";
  return null;
}
