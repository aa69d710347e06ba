import { describe, expect, it } from "vitest";
import { validate } from "./test-helpers";

const NO_APP = "`app` is not defined: bind it at module level, e.g. `app = FastAPI()` or `app, rt = fast_app()`";

describe("entrypoint", () => {
  it.each([
    ["from fastapi import FastAPI\napp = FastAPI(title='x')\n"],
    ["import fastapi\napp = fastapi.FastAPI()\n"],
    ["from fastapi import FastAPI\napp: FastAPI = FastAPI()\n"],
    ["from fastapi import FastAPI as F\napp = F()\n"],
    ["from starlette.applications import Starlette\napp = Starlette(routes=[])\n"],
    ["from fasthtml.common import *\napp, rt = fast_app()\n"],
    ["from fasthtml.common import fast_app\n(app, rt) = fast_app(live=False)\n"],
    ["from fasthtml.common import FastHTML\napp = FastHTML()\n"],
    ["from fastapi import FastAPI\napp = application = FastAPI()\n"],
  ])("accepts %j", async (source) => {
    expect((await validate({ "app.py": source })).errors).toEqual([]);
  });

  it.each([
    ["x = 1\n"],
    ["from fastapi import FastAPI\napplication = FastAPI()\n"],
    ["from fastapi import FastAPI\ndef make():\n    app = FastAPI()\n    return app\n"],
    ["from fastapi import FastAPI\napp = make_app()\n"],
    ["from fasthtml.common import fast_app\nrt, app = fast_app()\n"],
    ["from fastapi import FastAPI\napp, rt = FastAPI()\n"],
    ["app = 'FastAPI()'\n# app = FastAPI()\n"],
  ])("reports entrypoint-no-app for %j at line 1", async (source) => {
    expect((await validate({ "app.py": source })).errors).toEqual([
      { file: "app.py", line: 1, column: 1, message: NO_APP, rule: "entrypoint-no-app" },
    ]);
  });

  it("reports a missing entrypoint", async () => {
    const result = await validate({ "main.py": "x = 1\n" });
    expect(result).toEqual({
      ok: false,
      errors: [{ file: "app.py", line: 1, column: 1, message: "the entrypoint `app.py` is missing", rule: "entrypoint-missing" }],
    });
  });

  it("honours a custom entrypoint name", async () => {
    const files = { "main.py": "from fastapi import FastAPI\napp = FastAPI()\n" };
    expect((await validate(files, { allowedImports: ["fastapi"], entrypoint: "main.py" })).ok).toBe(true);
  });
});
