/**
 * Client-only Monaco bootstrap. Loaded through `dynamic(..., { ssr: false })` only.
 * Slim bundle: the core editor API, a chosen set of editor features and the Python grammar;
 * no TypeScript/CSS/HTML/JSON language services and no other grammars.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/codeEditor/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/caretOperations/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/gotoLine/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/lineSelection/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/suggest/register";
// features/suggest only brings inline completions; the suggest widget (word-based completions) is this one.
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/tokenization/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import "monaco-editor/languages/definitions/python/register";
import { defineKilnThemes } from "@/components/editor/monaco/themes";

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  // Only the editor worker exists in this build (no language-service workers).
  getWorker: () => new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module", name: "monaco-editor-worker" }),
};

// @monaco-editor/react would fetch Monaco from a CDN; hand it the bundled instance instead.
loader.config({ monaco });

defineKilnThemes(monaco);

// Geist Mono may arrive after the first measurement; re-measure so the cursor lines up.
void document.fonts?.ready.then(() => monaco.editor.remeasureFonts());

export { monaco };
export type Monaco = typeof monaco;
