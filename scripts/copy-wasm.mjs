// Copies the validator's two WebAssembly files into public/wasm/, where lib/validator/browser.ts
// loads them (/wasm/web-tree-sitter.wasm, /wasm/tree-sitter-python.wasm). Run by postinstall and
// before build; public/wasm/ is gitignored.
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const target = join(root, "public", "wasm");

const sources = {
  "web-tree-sitter.wasm": require.resolve("web-tree-sitter/web-tree-sitter.wasm"),
  "tree-sitter-python.wasm": join(dirname(require.resolve("tree-sitter-python/package.json")), "tree-sitter-python.wasm"),
};

await mkdir(target, { recursive: true });
for (const [name, source] of Object.entries(sources)) {
  await copyFile(source, join(target, name));
  console.log(`copy-wasm: ${relative(root, source)} → ${relative(root, join(target, name))}`);
}
