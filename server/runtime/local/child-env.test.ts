import { describe, expect, it } from "vitest";
import { childEnv } from "./child-env";

const base = { appId: "a1", codeDir: "/data/apps/a1/code/h", entrypoint: "app.py" };

describe("childEnv", () => {
  it("never lets user variables override the runner's contract or Python's start-up", () => {
    const e = childEnv(
      { ...base, userEnv: { PORT: "80", APP_ID: "other", PYTHONPATH: "/evil", LD_PRELOAD: "x.so", GREETING: "hi" } },
      "/venv/bin/python",
    );
    expect(e).toMatchObject({ PORT: "0", APP_ID: "a1", CODE_PATH: base.codeDir, GREETING: "hi" });
    expect(e.PYTHONPATH).toBeUndefined();
    expect(e.LD_PRELOAD).toBeUndefined();
  });

  it("asks the runner to exit with Kiln unless told otherwise", () => {
    expect(childEnv({ ...base, userEnv: {} }, "/venv/bin/python").KILN_EXIT_WITH_PARENT).toBe("1");
    expect(childEnv({ ...base, userEnv: {}, exitWithKiln: false }, "/venv/bin/python").KILN_EXIT_WITH_PARENT).toBeUndefined();
  });

  it("does not pass Kiln's own environment through", () => {
    process.env.KILN_SECRET_KEY = "platform-secret";
    expect(Object.values(childEnv({ ...base, userEnv: {} }, "/venv/bin/python"))).not.toContain("platform-secret");
  });
});
