// The editor's own web worker (diffs, word-based suggestions, links), bundled locally: no CDN.
import "monaco-editor/editor/editor.worker";
