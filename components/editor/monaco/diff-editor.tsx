"use client";

/**
 * Read-only side-by-side diff on the same local Monaco as the code editor (setup.ts: bundled
 * slim core, local worker, Kiln themes; no CDN). The diff itself is computed in the editor
 * worker. Loaded through `dynamic(..., { ssr: false })` only (see diff-code-view.tsx).
 */
import "monaco-editor/features/diffEditor/register";
import { useTheme } from "next-themes";
import { useEffect, useRef } from "react";
import { languageOf } from "@/components/editor/monaco/markers";
import { monaco } from "@/components/editor/monaco/setup";
import { THEME_DARK, THEME_LIGHT } from "@/components/editor/monaco/themes";

type DiffEditorInstance = ReturnType<typeof monaco.editor.createDiffEditor>;

/** Monaco measures glyphs itself, so it needs the resolved family, not a CSS variable. */
const EDITOR_FONT = `${getComputedStyle(document.documentElement).getPropertyValue("--font-geist-mono").trim() || "ui-monospace"}, ui-monospace, SFMono-Regular, Menlo, monospace`;

export interface DiffEditorProps {
  /** The file shown; picks the language. */
  path: string;
  original: string;
  modified: string;
}

export function MonacoDiffEditor({ path, original, modified }: DiffEditorProps) {
  const { resolvedTheme } = useTheme();
  const theme = resolvedTheme === "dark" ? THEME_DARK : THEME_LIGHT;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<DiffEditorInstance | null>(null);
  const initialTheme = useRef(theme);

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.createDiffEditor(host.current, {
      theme: initialTheme.current,
      readOnly: true,
      originalEditable: false,
      domReadOnly: true,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 640,
      // Indentation is code in Python: whitespace-only changes are real changes.
      ignoreTrimWhitespace: false,
      renderOverviewRuler: false,
      hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 6, revealLineCount: 20 },
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontFamily: EDITOR_FONT,
      fontSize: 13,
      lineHeight: 20,
      padding: { top: 8, bottom: 8 },
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    return () => {
      const models = editor.getModel();
      editor.dispose();
      models?.original.dispose();
      models?.modified.dispose();
      editorRef.current = null;
    };
  }, []);

  // Fresh, URI-less models per comparison (inmemory://model/N): never the code editor's file models.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const language = languageOf(path);
    const previous = editor.getModel();
    editor.setModel({ original: monaco.editor.createModel(original, language), modified: monaco.editor.createModel(modified, language) });
    previous?.original.dispose();
    previous?.modified.dispose();
    editor.getModifiedEditor().updateOptions({ ariaLabel: `Changes in ${path}` });
    editor.getOriginalEditor().updateOptions({ ariaLabel: `Earlier ${path}` });
  }, [path, original, modified]);

  useEffect(() => monaco.editor.setTheme(theme), [theme]);

  return <div ref={host} className="h-full w-full" />;
}
