import { describe, expect, it } from "vitest";
import { APP, brief, errorsIn, validate } from "./test-helpers";

// Ways around the rules that the tree-based checks must still see.
describe("resolution and disguises", () => {
  it.each([
    ["fullwidth letters are NFKC-normalised by Python", "ｅｖａｌ('1')\n", ["blocked-call@1:1"]],
    ["a normalised dunder attribute", "g = f.__ｇｌｏｂａｌｓ__\n", ["blocked-attribute@1:7"]],
    ["code inside an f-string interpolation", "s = f\"{eval('1')}\"\n", ["blocked-call@1:8"]],
    ["a lambda default reads the builtin", "f = lambda e=eval: e('1')\n", ["blocked-name@1:14"]],
    ["os reached again through os.path", "from os import path as p\np.os.system('id')\n", ["blocked-call@2:1"]],
    ["an alias made by assignment", "import os\np = os.path\np.os.system('id')\n", ["blocked-call@3:1"]],
    ["os passed along as a default", "import os\ndef f(m=os):\n    return m\n", ["blocked-name@2:9"]],
    ["string concatenation naming a dunder", "import operator\noperator.attrgetter('__glo' 'bals__')\n", ["blocked-attribute@2:21"]],
  ])("%s", async (_name, source, expected) => {
    expect(brief(await errorsIn(source))).toEqual(expected);
  });

  it("sees os reached through the app's own module", async () => {
    const files = { "app.py": `${APP}import helpers\nhelpers.os.system('id')\n`, "helpers.py": "import os\n" };
    expect(brief((await validate(files)).errors)).toEqual(["blocked-call@5:1"]);
  });

  it("does not confuse a user attribute named os with the module", async () => {
    expect(await errorsIn("name = device.os\nuser.os = 'linux'\n")).toEqual([]);
  });
});

// Star imports and re-exports: fasthtml.common and starlette.responses bring os, sys and Path along.
describe("names re-exported by allowed libraries", () => {
  it.each([
    ["os through a star import", "from fasthtml.common import *\nos.system('id')\n", ["blocked-call@2:1"]],
    ["sys through a star import", "from starlette.responses import *\nsys.modules['subprocess']\n", ["blocked-name@2:1"]],
    ["pathlib's Path through a star import", "from fasthtml.common import *\nPath('/etc/passwd').read_text()\n", ["open-outside-app@2:6"]],
    ["pathlib's Path re-exported by name", "from fasthtml.common import Path\nPath('/etc/passwd')\n", ["open-outside-app@2:6"]],
    ["os through a star import of the app's own module", "from .helpers import *\nos.system('id')\n", ["blocked-call@2:1"]],
  ])("%s", async (_name, source, expected) => {
    expect(brief(await errorsIn(source))).toEqual(expected);
  });

  it("keeps the FastHTML idiom working: a star import, os.environ, paths inside the app", async () => {
    expect(await errorsIn("from fasthtml.common import *\nimport os\nkey = os.environ.get('KEY', '')\n")).toEqual([]);
    expect(await errorsIn("from fasthtml.common import *\nstatic = Path(__file__).parent / 'static'\n")).toEqual([]);
  });

  it("leaves FastAPI's own Path (a parameter) alone, star import or not", async () => {
    expect(await errorsIn("from fastapi import *\ndef f(x: int = Path(title='x')) -> int:\n    return x\n")).toEqual([]);
  });
});
