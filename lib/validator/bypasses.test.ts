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
