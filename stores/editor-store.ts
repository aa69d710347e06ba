import { create } from "zustand";

export const ENTRYPOINT = "app.py";

/** Where Monaco should jump next (a deploy failure, a click in the problems list). */
export interface RevealRequest {
  path: string;
  line: number;
  column: number;
  nonce: number;
}

interface EditorState {
  /** The app whose buffers are loaded; buffers belong to one app at a time. */
  appId: string | null;
  /** Working copy of every file (unsaved buffers included), path → text. */
  files: Record<string, string>;
  openPath: string;
  reveal: RevealRequest | null;
  load(appId: string, files: Record<string, string>): void;
  setContent(path: string, text: string): void;
  addFile(path: string, text?: string): void;
  renameFile(from: string, to: string): void;
  deleteFile(path: string): void;
  open(path: string): void;
  revealAt(path: string, line: number, column?: number): void;
}

export const useEditorStore = create<EditorState>()((set, get) => ({
  appId: null,
  files: {},
  openPath: ENTRYPOINT,
  reveal: null,
  load: (appId, files) =>
    set({ appId, files, openPath: ENTRYPOINT in files ? ENTRYPOINT : (Object.keys(files)[0] ?? ENTRYPOINT), reveal: null }),
  setContent: (path, text) => {
    if (get().files[path] === text) return;
    set((s) => ({ files: { ...s.files, [path]: text } }));
  },
  addFile: (path, text = "") => set((s) => ({ files: { ...s.files, [path]: text }, openPath: path })),
  renameFile: (from, to) =>
    set((s) => {
      if (from === ENTRYPOINT || !(from in s.files) || to in s.files) return s;
      const files: Record<string, string> = {};
      for (const [p, t] of Object.entries(s.files)) files[p === from ? to : p] = t;
      return { files, openPath: s.openPath === from ? to : s.openPath };
    }),
  deleteFile: (path) =>
    set((s) => {
      if (path === ENTRYPOINT) return s;
      const { [path]: _removed, ...files } = s.files;
      return { files, openPath: s.openPath === path ? ENTRYPOINT : s.openPath };
    }),
  open: (path) => set({ openPath: path }),
  revealAt: (path, line, column = 1) =>
    set((s) => ({ openPath: path in s.files ? path : s.openPath, reveal: { path, line, column, nonce: (s.reveal?.nonce ?? 0) + 1 } })),
}));

/** True when two file sets hold the same paths with the same text. */
export function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
