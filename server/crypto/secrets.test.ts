import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

async function freshModule(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return import("./secrets");
}

describe("secrets at rest", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-secrets-"));
  });

  it("round-trips and never stores the plaintext", async () => {
    const s = await freshModule({ KILN_DATA_DIR: dir, KILN_SECRET_KEY: "k1" });
    const stored = s.encryptSecret("hunter2-very-secret");
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain("hunter2");
    expect(s.encryptSecret("hunter2-very-secret")).not.toBe(stored); // fresh IV each time
    expect(s.decryptSecret(stored)).toBe("hunter2-very-secret");
  });

  it("fails clearly with the wrong key instead of returning garbage", async () => {
    const stored = (await freshModule({ KILN_DATA_DIR: dir, KILN_SECRET_KEY: "k1" })).encryptSecret("x");
    const other = await freshModule({ KILN_DATA_DIR: dir, KILN_SECRET_KEY: "k2" });
    expect(() => other.decryptSecret(stored)).toThrow(/KILN_SECRET_KEY differs/);
  });

  it("generates a key file once when no key is configured", async () => {
    const s = await freshModule({ KILN_DATA_DIR: dir, KILN_SECRET_KEY: undefined });
    const stored = s.encryptSecret("y");
    const keyFile = path.join(dir, "secret.key");
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const again = await freshModule({ KILN_DATA_DIR: dir, KILN_SECRET_KEY: undefined });
    expect(again.decryptSecret(stored)).toBe("y");
  });
});
