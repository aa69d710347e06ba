import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getValidator } from "./browser";
import { wasmPath } from "./node";
import type { WasmFile } from "./types";

describe("browser entry point", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("loads both wasm files from /wasm/ and validates like the server", async () => {
    const requested: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      requested.push(url);
      const file = url.replace("/wasm/", "") as WasmFile;
      return new Response(new Uint8Array(await readFile(wasmPath(file))));
    });
    const validator = await getValidator();
    expect(requested.sort()).toEqual(["/wasm/tree-sitter-python.wasm", "/wasm/web-tree-sitter.wasm"]);
    const result = validator.validate({ "app.py": "import subprocess\n" });
    expect(result.errors.map((e) => e.rule)).toEqual(["entrypoint-no-app", "import-not-allowed"]);
  });
});
