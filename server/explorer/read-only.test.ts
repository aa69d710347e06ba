/**
 * The explorer is read-only by construction: no write method, write command or writing
 * pipeline stage appears anywhere in its source. (The read-only MongoDB user enforces the same
 * on the server side; see tests/integration/explorer-readonly.test.ts.)
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = import.meta.dirname;
const sources = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));

const WRITE_METHODS =
  /\b(insertOne|insertMany|updateOne|updateMany|replaceOne|deleteOne|deleteMany|bulkWrite|findOneAndUpdate|findOneAndDelete|findOneAndReplace|initializeOrderedBulkOp|initializeUnorderedBulkOp|createIndex(es)?|createCollection|createSearchIndex(es)?|drop\w*|rename\w*)\b/g;
const READ_COMMANDS = new Set(["listDatabases", "dbStats", "collStats"]);

describe("server/explorer is read-only", () => {
  it("has the modules it should", () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(["collections.ts", "databases.ts", "documents.ts", "client.ts"]));
  });

  it("names no write method", () => {
    const found = sources.flatMap(({ file, text }) => [...text.matchAll(WRITE_METHODS)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it("runs only read commands, each spelled out where it is run", () => {
    for (const { file, text } of sources) {
      for (const call of text.matchAll(/\.command\(([^)]{0,80})/g)) {
        const name = /^\s*\{\s*(\w+)\s*:/.exec(call[1] ?? "")?.[1];
        expect(name && READ_COMMANDS.has(name), `${file}: .command(${call[1]}`).toBe(true);
      }
    }
  });

  it("has no pipeline stage that writes", () => {
    const found = sources.filter(({ text }) => /["'`]?\$(out|merge)\b/.test(text)).map((s) => s.file);
    expect(found).toEqual([]);
  });
});
