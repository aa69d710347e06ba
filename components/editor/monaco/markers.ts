import type { Monaco } from "@/components/editor/monaco/setup";
import type { Problem } from "@/stores/problems-store";

const OWNER = "kiln";

/** file:///<appId>/<path>: one model per file, kept across file switches (undo history survives). */
export function modelPath(appId: string, path: string): string {
  return `file:///${appId}/${path}`;
}

export function pathOfModel(appId: string, uri: { path: string }): string | null {
  const prefix = `/${appId}/`;
  return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : null;
}

/** Puts every problem of each open model of this app on it as a red marker. */
export function applyMarkers(monaco: Monaco, appId: string, problems: Problem[]): void {
  for (const model of monaco.editor.getModels()) {
    const path = pathOfModel(appId, model.uri);
    if (path === null) continue;
    const lineCount = model.getLineCount();
    const markers = problems
      .filter((p) => p.file === path)
      .map((p) => {
        const line = Math.min(Math.max(p.line, 1), lineCount);
        const column = Math.max(p.column, 1);
        const endLine = Math.min(p.endLine ?? line, lineCount);
        // Mark from the column to the end of the line: a visible squiggle even for 1-char spans.
        const endColumn = Math.max(model.getLineMaxColumn(endLine), column + 1);
        return {
          severity: monaco.MarkerSeverity.Error,
          message: p.message,
          source: p.source === "live" ? "Kiln validator" : "Kiln deploy",
          code: p.rule,
          startLineNumber: line,
          startColumn: column,
          endLineNumber: endLine,
          endColumn,
        };
      });
    monaco.editor.setModelMarkers(model, OWNER, markers);
  }
}

/** Models of files that no longer exist (renamed, deleted), or of this app when leaving it. */
export function disposeModels(monaco: Monaco, appId: string, keep?: Record<string, string>): void {
  for (const model of monaco.editor.getModels()) {
    const path = pathOfModel(appId, model.uri);
    if (path !== null && (!keep || !(path in keep))) model.dispose();
  }
}

export function languageOf(path: string): string {
  return path.endsWith(".py") ? "python" : "plaintext";
}
