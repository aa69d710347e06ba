import { describe, expect, it } from "vitest";
import { brief, errorsIn } from "./test-helpers";

describe("blocked builtins, names and attributes", () => {
  it.each([
    ["exec('x')\n", "blocked-call@1:1", "`exec()` is not allowed"],
    ["x = eval('1')\n", "blocked-call@1:5", "`eval()` is not allowed"],
    ["compile('a', 'f', 'exec')\n", "blocked-call@1:1", "`compile()` is not allowed"],
    ["__import__('os')\n", "blocked-call@1:1", "`__import__()` is not allowed"],
    ["name = input()\n", "blocked-call@1:8", "`input()` is not allowed"],
    ["breakpoint()\n", "blocked-call@1:1", "`breakpoint()` is not allowed"],
    ["g = globals()\n", "blocked-call@1:5", "`globals()` is not allowed"],
    ["d = vars(obj)\n", "blocked-call@1:5", "`vars()` is not allowed"],
    ["f = eval\n", "blocked-name@1:5", "the builtin `eval` is not allowed"],
    ["run = map(exec, codes)\n", "blocked-name@1:11", "the builtin `exec` is not allowed"],
    ["b = __builtins__\n", "blocked-name@1:5", "`__builtins__` is not allowed"],
    ["y = ().__class__.__subclasses__()\n", "blocked-attribute@1:18", "access to `__subclasses__` is not allowed"],
    ["z = f.__globals__['os']\n", "blocked-attribute@1:7", "access to `__globals__` is not allowed"],
    ["c = f.__code__\n", "blocked-attribute@1:7", "access to `__code__` is not allowed"],
    ["b = A.__bases__\n", "blocked-attribute@1:7", "access to `__bases__` is not allowed"],
    ["m = A.__mro__\n", "blocked-attribute@1:7", "access to `__mro__` is not allowed"],
    ["f = frame.f_globals\n", "blocked-attribute@1:11", "access to `f_globals` is not allowed"],
    ["g = getattr(f, '__globals__')\n", "blocked-attribute@1:16", "access to `__globals__` is not allowed"],
    ["from operator import attrgetter\nget = attrgetter('__code__')\n", "blocked-attribute@2:18", "access to `__code__` is not allowed"],
  ])("%j → %s", async (source, where, message) => {
    const errors = await errorsIn(source);
    expect(brief(errors)).toEqual([where]);
    expect(errors[0]?.message).toBe(message);
  });

  it("allows method calls and keywords that share a blocked name", async () => {
    const source = "import re\nre.compile('x')\nmodel.eval()\nq(input=1)\ngetattr(x, 'name')\n";
    expect(await errorsIn(source)).toEqual([]);
  });

  it("refuses the builtin name even when imported bare from another module", async () => {
    const errors = await errorsIn("from re import compile\ncompile('x')\n");
    expect(errors).toMatchObject([
      { rule: "blocked-call", line: 2, column: 1, message: "`compile()` is not allowed; call it through its module instead" },
    ]);
  });

  it("allows parameters and locals that shadow a builtin, but not a default that reads it", async () => {
    expect(await errorsIn("def f(input):\n    return input\n")).toEqual([]);
    expect(await errorsIn("def f():\n    vars = {}\n    return vars\n")).toEqual([]);
    expect(brief(await errorsIn("def f(x, eval=eval):\n    return eval(x)\n"))).toEqual(["blocked-name@1:15"]);
    expect(brief(await errorsIn("r = [eval('1') for eval in [eval]]\n"))).toEqual(["blocked-name@1:29"]);
  });

  it("never triggers on words in strings or comments", async () => {
    const source = "# exec('x') eval( __import__\ns = 'exec(1); os.system(\"x\"); __globals__'\nt = f\"{name} eval(\"\n";
    expect(await errorsIn(source)).toEqual([]);
  });
});

describe("os: environment and path helpers only", () => {
  const OS_SYSTEM = "`os.system` is not allowed: only os environment and path helpers (os.environ, os.getenv, os.path, …) may be used";

  it.each([
    ["import os\nos.system('id')\n", ["blocked-call@2:1"]],
    ["import os as o\no.system('id')\n", ["blocked-call@2:1"]],
    ["from os import system as s\ns('id')\n", ["import-not-allowed@1:16", "blocked-call@2:1"]],
    ["import os\nrun = os.system\n", ["blocked-attribute@2:7"]],
  ])("%j", async (source, expected) => {
    const errors = await errorsIn(source);
    expect(brief(errors)).toEqual(expected);
    expect(errors.every((e) => e.message === OS_SYSTEM)).toBe(true);
  });

  it.each([
    "popen",
    "execv",
    "spawnl",
    "fork",
    "kill",
    "remove",
    "unlink",
    "rmdir",
    "chmod",
    "rename",
    "makedirs",
    "listdir",
    "walk",
    "scandir",
    "open",
  ])("refuses os.%s", async (name) => {
    expect(brief(await errorsIn(`import os\nos.${name}('x')\n`))).toEqual(["blocked-call@2:1"]);
  });

  it("refuses os as a bare value (it could be passed on and used freely)", async () => {
    const errors = await errorsIn("import os\nx = os\nf(os)\n");
    expect(brief(errors)).toEqual(["blocked-name@2:5", "blocked-name@3:3"]);
  });

  it("refuses reaching modules through other modules", async () => {
    const source = "import logging, json\nlogging.os.system('x')\nd = json.__dict__\ng = getattr(logging, 'os')\nlogging.sys\n";
    expect(brief(await errorsIn(source))).toEqual([
      "blocked-call@2:1",
      "blocked-attribute@3:5",
      "blocked-call@4:22",
      "blocked-attribute@5:9",
    ]);
  });

  it("refuses asyncio subprocess helpers", async () => {
    const source = "import asyncio\nasyncio.create_subprocess_shell('id')\nloop.subprocess_exec(p, 'id')\n";
    expect(brief(await errorsIn(source))).toEqual(["blocked-attribute@2:9", "blocked-attribute@3:6"]);
  });
});
