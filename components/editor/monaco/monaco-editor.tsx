"use client";

import { Editor, type OnMount } from "@monaco-editor/react";
import { useTheme } from "next-themes";
import { useEffect, useRef } from "react";
import { applyMarkers, disposeModels, languageOf, modelPath, pathOfModel } from "@/components/editor/monaco/markers";
import { type Monaco, monaco } from "@/components/editor/monaco/setup";
import { THEME_DARK, THEME_LIGHT } from "@/components/editor/monaco/themes";
import { Skeleton } from "@/components/ui/skeleton";
import { useEditorStore } from "@/stores/editor-store";
import type { Problem } from "@/stores/problems-store";

type CodeEditorInstance = Parameters<OnMount>[0];

/** Monaco measures glyphs itself, so it needs the resolved family, not a CSS variable. */
const EDITOR_FONT = `${getComputedStyle(document.documentElement).getPropertyValue("--font-geist-mono").trim() || "ui-monospace"}, ui-monospace, SFMono-Regular, Menlo, monospace`;

export interface MonacoEditorProps {
  appId: string;
  problems: Problem[];
  onChange(path: string, text: string): void;
  onDeploy(): void;
  onSave(): void;
}

export function MonacoEditor({ appId, problems, onChange, onDeploy, onSave }: MonacoEditorProps) {
  const { resolvedTheme } = useTheme();
  const files = useEditorStore((s) => s.files);
  const openPath = useEditorStore((s) => s.openPath);
  const reveal = useEditorStore((s) => s.reveal);
  const editorRef = useRef<CodeEditorInstance | null>(null);
  const latest = useRef({ appId, problems, onDeploy, onSave, onChange });
  latest.current = { appId, problems, onDeploy, onSave, onChange };

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    const m: Monaco = monaco;
    editor.addAction({
      id: "kiln.deploy",
      label: "Deploy",
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
      run: () => latest.current.onDeploy(),
    });
    editor.addAction({
      id: "kiln.save",
      label: "Save draft",
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.KeyS],
      run: () => latest.current.onSave(),
    });
    // Markers for files opened later.
    const created = m.editor.onDidCreateModel(() => applyMarkers(m, latest.current.appId, latest.current.problems));
    editor.onDidDispose(() => created.dispose());
    applyMarkers(m, appId, problems);
  };

  useEffect(() => applyMarkers(monaco, appId, problems), [appId, problems]);
  useEffect(() => disposeModels(monaco, appId, files), [appId, files]);
  useEffect(() => () => disposeModels(monaco, appId), [appId]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!reveal || !editor || reveal.path !== openPath) return;
    const position = { lineNumber: Math.max(reveal.line, 1), column: Math.max(reveal.column, 1) };
    editor.revealLineInCenter(position.lineNumber);
    editor.setPosition(position);
    editor.focus();
  }, [reveal, openPath]);

  return (
    <Editor
      height="100%"
      path={modelPath(appId, openPath)}
      value={files[openPath] ?? ""}
      language={languageOf(openPath)}
      theme={resolvedTheme === "dark" ? THEME_DARK : THEME_LIGHT}
      loading={<Skeleton className="m-4 h-[calc(100%-2rem)] w-[calc(100%-2rem)]" />}
      onMount={handleMount}
      onChange={(value) => {
        const model = editorRef.current?.getModel();
        const path = model ? pathOfModel(latest.current.appId, model.uri) : null;
        if (path !== null && value !== undefined) latest.current.onChange(path, value);
      }}
      options={{
        fontFamily: EDITOR_FONT,
        fontSize: 13,
        lineHeight: 20,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        insertSpaces: true,
        renderLineHighlight: "all",
        padding: { top: 12, bottom: 12 },
        smoothScrolling: true,
        fixedOverflowWidgets: true,
        ariaLabel: `Code editor: ${openPath}`,
      }}
    />
  );
}
