import type { Node } from "web-tree-sitter";
import type { Bindings } from "./bindings";
import {
  BLOCKED_ATTRIBUTES,
  BLOCKED_BUILTINS,
  BLOCKED_NAMES,
  GETATTR_LIKE,
  MODULE_ESCAPE_ATTRIBUTES,
  memberVerdict,
  OPEN_LIKE,
  PATH_LIKE,
} from "./policy";

// Finding the identifiers worth checking without visiting every node: scan the text for the
// few words that matter, then ask the tree what sits at each place. Only an `identifier` node
// counts, so the same word inside a string or a comment is never reported.

const lastSegment = (qualified: string) => qualified.slice(qualified.lastIndexOf(".") + 1);

const STATIC_WORDS: readonly string[] = [
  ...BLOCKED_BUILTINS,
  ...BLOCKED_NAMES,
  ...BLOCKED_ATTRIBUTES,
  ...MODULE_ESCAPE_ATTRIBUTES,
  ...GETATTR_LIKE,
  ...[...OPEN_LIKE, ...PATH_LIKE].map(lastSegment),
];
/** Modules whose every use is checked (os members, file-opening callables). */
const SENSITIVE_ROOTS = new Set(["os", "io", "pathlib"]);

/** Identifiers with non-ASCII letters, which Python reads NFKC-normalised (`ｅｖａｌ`). */
const NON_ASCII_WORD = /[\w\u0080-\uffff]*[\u0080-\uffff][\w\u0080-\uffff]*/g;

/** The words to look for: fixed ones plus local names bound to sensitive imports. */
export function wordsWorthChecking(bindings: Bindings): Set<string> {
  const words = new Set(STATIC_WORDS);
  for (const [local, qualified] of bindings) {
    const root = qualified.split(".")[0] ?? "";
    const sensitive = SENSITIVE_ROOTS.has(root) || OPEN_LIKE.has(qualified) || PATH_LIKE.has(qualified);
    if (sensitive || memberVerdict(qualified) !== null) words.add(local);
  }
  return words;
}

function identifierAt(root: Node, start: number, length: number): Node | null {
  const node = root.descendantForIndex(start, start + length);
  const exact = node?.type === "identifier" && node.startIndex === start && node.endIndex === start + length;
  return exact ? node : null;
}

/** Identifier nodes (in code, not strings or comments) whose NFKC-normalised name is in `words`. */
export function findNames(root: Node, source: string, words: ReadonlySet<string>): Node[] {
  const found: Node[] = [];
  // One alternation scanned natively is far cheaper than looking at every word of the file.
  const pattern = new RegExp(`\\b(?:${[...words].join("|")})\\b`, "g");
  for (const match of source.matchAll(pattern)) {
    const node = identifierAt(root, match.index, match[0].length);
    if (node) found.push(node);
  }
  if (/[\u0080-\uffff]/.test(source)) {
    for (const match of source.matchAll(NON_ASCII_WORD)) {
      if (!words.has(match[0].normalize("NFKC"))) continue;
      const node = identifierAt(root, match.index, match[0].length);
      if (node) found.push(node);
    }
  }
  return found;
}

/** Python 2's `<>` operator tokens (tree-sitter accepts them). */
export function findDiamonds(root: Node, source: string): Node[] {
  const found: Node[] = [];
  for (let at = source.indexOf("<>"); at >= 0; at = source.indexOf("<>", at + 2)) {
    const node = root.descendantForIndex(at, at + 2);
    if (node?.type === "<>") found.push(node);
  }
  return found;
}
