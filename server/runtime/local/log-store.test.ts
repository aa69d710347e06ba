import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppLog } from "@/server/runtime/local/log-store";
import type { LogLine } from "@/server/runtime/types";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-logstore-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function collect(it: AsyncIterable<LogLine>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of it) out.push(l.text);
  return out;
}

describe("AppLog", () => {
  it("rotates the file and reads a tail across both files after a restart", async () => {
    const dir = path.join(root, "rotate");
    const log = new AppLog(dir, 4000);
    for (let i = 0; i < 200; i++) {
      log.append("stdout", `line ${i}`);
      if (i % 20 === 19) await log.drain(); // several batches, so rotation happens between them
    }
    await log.drain();
    expect(fs.existsSync(path.join(dir, "app.log.1"))).toBe(true);
    expect(fs.statSync(path.join(dir, "app.log")).size).toBeLessThanOrEqual(4000);

    const fresh = new AppLog(dir, 4000); // a restarted Kiln: empty ring, reads the files
    const tail = await collect(fresh.read({ tail: 60 }));
    expect(tail).toEqual(Array.from({ length: 60 }, (_, i) => `line ${140 + i}`));
  });

  it("follows without missing or repeating lines appended during the tail read", async () => {
    const log = new AppLog(path.join(root, "follow"));
    for (let i = 0; i < 5; i++) log.append("stdout", `old ${i}`);
    const ac = new AbortController();
    const seen: string[] = [];
    const done = (async () => {
      for await (const l of log.read({ tail: 3, follow: true, signal: ac.signal })) {
        seen.push(l.text);
        if (l.text === "new 2") ac.abort();
      }
    })();
    for (let i = 0; i < 3; i++) log.append("stdout", `new ${i}`);
    await done;
    expect(seen).toEqual(["old 2", "old 3", "old 4", "new 0", "new 1", "new 2"]);
  });
});
