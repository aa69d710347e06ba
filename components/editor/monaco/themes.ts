import type * as MonacoApi from "monaco-editor/editor";

/** CSS variables (app/globals.css) the editor themes are built from. */
const VARS = [
  "background",
  "foreground",
  "popover",
  "popover-foreground",
  "muted",
  "muted-foreground",
  "border",
  "input",
  "ring",
  "primary",
  "destructive",
  "warning",
  "info",
  "syntax-keyword",
  "syntax-string",
  "syntax-number",
  "syntax-comment",
  "syntax-type",
  "syntax-function",
  "syntax-decorator",
  "editor-line-highlight",
  "editor-selection",
  "editor-line-number",
] as const;
type Palette = Record<(typeof VARS)[number], string>;

let canvas: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour → "#rrggbb" (Monaco accepts hex only). */
function toHex(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(color)) return `#${[...color.slice(1)].map((c) => c + c).join("")}`.toLowerCase();
  canvas ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!canvas) return "#808080";
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

/** Reads one theme's palette by probing an element carrying the theme class. */
function readPalette(mode: "light" | "dark"): Palette {
  const probe = document.createElement("div");
  probe.className = mode;
  probe.hidden = true;
  document.body.appendChild(probe);
  const style = getComputedStyle(probe);
  const palette = Object.fromEntries(VARS.map((v) => [v, toHex(style.getPropertyValue(`--${v}`).trim() || "#808080")])) as Palette;
  probe.remove();
  return palette;
}

const bare = (hex: string) => hex.slice(1);

function themeData(mode: "light" | "dark", p: Palette): MonacoApi.editor.IStandaloneThemeData {
  return {
    base: mode === "dark" ? "vs-dark" : "vs",
    inherit: true,
    rules: [
      { token: "", foreground: bare(p.foreground) },
      { token: "keyword", foreground: bare(p["syntax-keyword"]) },
      { token: "string", foreground: bare(p["syntax-string"]) },
      { token: "string.escape", foreground: bare(p["syntax-number"]) },
      { token: "number", foreground: bare(p["syntax-number"]) },
      { token: "comment", foreground: bare(p["syntax-comment"]), fontStyle: "italic" },
      { token: "type", foreground: bare(p["syntax-type"]) },
      { token: "tag", foreground: bare(p["syntax-decorator"]) },
      { token: "identifier", foreground: bare(p.foreground) },
      { token: "delimiter", foreground: bare(p["muted-foreground"]) },
    ],
    colors: {
      "editor.background": p.background,
      "editor.foreground": p.foreground,
      "editorGutter.background": p.background,
      "editorLineNumber.foreground": p["editor-line-number"],
      "editorLineNumber.activeForeground": p.foreground,
      "editor.lineHighlightBackground": p["editor-line-highlight"],
      "editor.lineHighlightBorder": `${p["editor-line-highlight"]}00`,
      "editor.selectionBackground": `${p["editor-selection"]}b3`,
      "editor.inactiveSelectionBackground": `${p["editor-selection"]}66`,
      "editorCursor.foreground": p.primary,
      "editorIndentGuide.background1": p.border,
      "editorIndentGuide.activeBackground1": p.input,
      "editorWidget.background": p.popover,
      "editorWidget.foreground": p["popover-foreground"],
      "editorWidget.border": p.border,
      "editorHoverWidget.background": p.popover,
      "editorHoverWidget.border": p.border,
      "editorSuggestWidget.background": p.popover,
      "editorSuggestWidget.border": p.border,
      "editorSuggestWidget.selectedBackground": p.muted,
      "input.background": p.background,
      "input.border": p.input,
      focusBorder: p.ring,
      "editorError.foreground": p.destructive,
      "editorWarning.foreground": p.warning,
      "editorInfo.foreground": p.info,
      "editorOverviewRuler.border": `${p.border}00`,
      "scrollbarSlider.background": `${p["muted-foreground"]}33`,
      "scrollbarSlider.hoverBackground": `${p["muted-foreground"]}55`,
      "scrollbarSlider.activeBackground": `${p["muted-foreground"]}77`,
    },
  };
}

export const THEME_LIGHT = "kiln-light";
export const THEME_DARK = "kiln-dark";

/** Defines kiln-light and kiln-dark from the same CSS palette as the rest of the app. */
export function defineKilnThemes(monaco: typeof MonacoApi): void {
  monaco.editor.defineTheme(THEME_LIGHT, themeData("light", readPalette("light")));
  monaco.editor.defineTheme(THEME_DARK, themeData("dark", readPalette("dark")));
}
