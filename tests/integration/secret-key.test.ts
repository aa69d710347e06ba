/**
 * Issue #6: a wrong KILN_SECRET_KEY stops Kiln at startup with a clear error (never garbage),
 * and `npm run rotate-secret-key` re-encrypts every stored secret so the app keeps its value.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, deployAndWait, signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-key-"));
const OLD = "old-secret-key-for-the-rotation-test";
const NEW = "new-secret-key-for-the-rotation-test";
const SECRET = "the-app-secret-value-9f3a";
let kiln: KilnProcess | undefined;

afterAll(async () => {
  await kiln?.stop();
});

const ECHO_APP = `import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root() -> dict[str, int]:
    return {"length": len(os.environ.get("TOKEN", ""))}
`;

function rotate(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/rotate-secret-key.ts"], {
    cwd: root,
    env: { ...process.env, KILN_DATA_DIR: dataDir, ...env },
    encoding: "utf8",
  });
}

it("refuses to start with the wrong key, rotates to a new one, and the app keeps its secret", async () => {
  kiln = await startKiln({ dataDir, env: { KILN_SECRET_KEY: OLD } });
  const user = await signup(kiln.url, "keyholder");
  const app = await createAndDeploy(kiln.url, user.token, "keyed", { "app.py": ECHO_APP });
  const put = await api(kiln.url, user.token).put(`/apps/${app.id}`, { env: [{ name: "TOKEN", value: SECRET, secret: true }] });
  expect(put.status).toBe(200);
  await kiln.stop();
  kiln = undefined;

  // The wrong key: a clear error naming the variable and the way out, no secret in it.
  await expect(startKiln({ dataDir, env: { KILN_SECRET_KEY: NEW } })).rejects.toThrow(
    /KILN_SECRET_KEY\) is not the one Kiln's stored secrets were encrypted with[\s\S]*rotate-secret-key/,
  );

  // Rotation needs the right current key; with the wrong one nothing changes.
  const refused = rotate({ KILN_SECRET_KEY: "not-the-key-at-all-xx", KILN_NEW_SECRET_KEY: NEW });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/nothing was changed/);
  const rotated = rotate({ KILN_SECRET_KEY: OLD, KILN_NEW_SECRET_KEY: NEW });
  expect(rotated.status, rotated.stderr).toBe(0);
  expect(rotated.stdout).toMatch(/Re-encrypted \d+ stored values?/);
  expect(`${rotated.stdout}${rotated.stderr}`).not.toContain(SECRET);

  // The old key is now the wrong one; the new key starts Kiln and the redeployed app sees its secret.
  await expect(startKiln({ dataDir, env: { KILN_SECRET_KEY: OLD } })).rejects.toThrow(/is not the one/);
  kiln = await startKiln({ dataDir, env: { KILN_SECRET_KEY: NEW } });
  const login = await api(kiln.url).post("/auth/login", { username: "keyholder", password: "keyholder-password-1" });
  expect(await deployAndWait(kiln.url, login.body.token, app.id)).toBe("ready");
  expect(await (await viaGateway(kiln.port, app.slug, "/")).json()).toEqual({ length: SECRET.length });
}, 180_000); // four Kiln starts and two rotations: about a minute on 2 cores, more when busy
