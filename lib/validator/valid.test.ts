import { describe, expect, it } from "vitest";
import { errorsIn } from "./test-helpers";

// Valid modern Python must never be reported: one snippet per feature.
const VALID: Record<string, string> = {
  "f-strings with nested quotes (3.12)": `name = "x"\ns = f"{name!r:>10} {f'{name}'} {"nested"} {d["k"]}"\n`,
  "multi-line f-string": `s = f"""\n{1 + 1}\n  exec( import subprocess\n"""\n`,
  "match/case": `match cmd:\n    case ["go", direction]:\n        pass\n    case {"x": x} if x > 0:\n        pass\n    case Point(x=0) | None:\n        pass\n    case _:\n        pass\n`,
  walrus: `if (n := len(items)) > 10:\n    print(n)\n`,
  decorators: `@app.get("/items/{item_id}")\n@cache\nasync def read(item_id: int) -> dict[str, int]:\n    return {"id": item_id}\n`,
  "async def / await / async for / async with": `async def f(client):\n    async with client as c:\n        async for x in c.stream():\n            await x\n`,
  "type hints and generics": `from typing import Generic, TypeVar\nT = TypeVar("T")\nclass Box(Generic[T]):\n    item: T | None = None\n\ndef first[U](xs: list[U]) -> U:\n    return xs[0]\n`,
  "type alias statement (3.12)": `type Pair[K] = tuple[K, K]\ntype Json = dict[str, "Json"] | list["Json"] | str\n`,
  lambda: `key = lambda a, *b, c=1, **d: (a, b, c, d)\n`,
  comprehensions: `xs = [i * 2 for i in range(10) if i % 2]\nys = {k: v for k, v in zip("ab", "cd")}\nzs = {x for x in xs}\ngen = sum(x for x in xs)\n`,
  "star args and unpacking": `def f(*args, **kwargs):\n    return g(*args, **kwargs)\nfirst, *rest = [1, 2, 3]\nmerged = {**a, **b}\n`,
  "continuation lines inside brackets": `total = (1 +\n         2 +\n    3)\nitems = [\n    1,\n        2,\n]\ncall(a,\n  b)\n`,
  "backslash continuation": `total = 1 + \\\n        2\nif a and \\\n   b:\n    pass\n`,
  "multi-line strings containing anything": `DOC = """\n    import subprocess\nexec("rm -rf /")\n  unexpected indent\n"""\nRAW = r'''\\n eval( '''\n`,
  "global and nonlocal": `counter = 0\ndef outer():\n    global counter\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n`,
  "try/except*/else/finally": `try:\n    pass\nexcept* ValueError as eg:\n    pass\ntry:\n    pass\nexcept (KeyError, TypeError) as e:\n    raise RuntimeError("x") from e\nelse:\n    pass\nfinally:\n    pass\n`,
  "class with only a docstring": `class Empty:\n    """Nothing here."""\n`,
  "ellipsis bodies": `class Proto:\n    def run(self) -> None: ...\ndef todo():\n    ...\n`,
  "comments at any indentation": `def f():\n# flush-left comment\n        # deep comment\n    return 1\n`,
  "one-line compound statements": `if x: y = 1\nelse: y = 2\nwhile False: pass\nclass A: pass\n`,
  "tabs used consistently": `def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n`,
  "with statement, parenthesized": `with (\n    open("a.txt") as f,\n    open("data/b.txt") as g,\n):\n    pass\n`,
  "keyword arguments named like blocked builtins": `r = query(input="x", eval=True, compile=False)\nmodel.eval()\npattern.compile("x")\n`,
  "re.compile and aliases of it": `import re\nfrom re import compile as re_compile\nP = re.compile(r"\\d+")\nQ = re_compile("x")\n`,
  "parameters shadowing builtins": `def handle(input: str, vars: dict) -> str:\n    return input.upper() + str(vars)\nfix = lambda input: input.strip()\n`,
  "os environment and path helpers": `import os\nfrom os import environ, getenv, path\nfrom os.path import join\nURL = os.environ.get("URL", "x")\nHOME = os.getenv("HOME")\np = os.path.join(os.path.dirname("a/b"), "c")\nq = join(path.basename("x"), environ["Y"])\n`,
  "relative open paths": `with open("data/items.json") as f:\n    pass\nopen("templates/index.html", "r", encoding="utf-8")\nopen(file="notes.txt")\n`,
  "pydantic model with fields named like builtins": `from pydantic import BaseModel\nclass Prompt(BaseModel):\n    input: str\n    vars: dict[str, str] = {}\n`,
  "dunder names that are fine": `class A:\n    def __init__(self):\n        self.name = type(self).__name__\n        self.cls = self.__class__\nif __name__ == "__main__":\n    print(__file__, __doc__)\n`,
  "future import": `from __future__ import annotations\n`,
  semicolons: `a = 1; b = 2\n`,
  "CRLF line endings": `def f():\r\n    return 1\r\n`,
  "unicode identifiers and strings": `café = "ünïcödé"\ndef grüß(): return café\n`,
  "FastAPI's own Path, Query and Body": `from fastapi import Body, Path, Query\nasync def get(item_id: int = Path(ge=1), q: str = Query(""), b: dict = Body(None)):\n    return item_id\n`,
  "FastHTML components with open= and input-like names": `from fasthtml.common import *\npage = Details(Summary("More"), open=True)\nform = Form(Input(name="q"), Button("Go"))\n`,
  "decorated class and nested functions": `@dataclass(frozen=True)\nclass P:\n    x: int = 0\n    @property\n    def double(self):\n        def inner():\n            return self.x\n        return inner() * 2\n`,
};

describe("valid modern Python", () => {
  it.each(Object.entries(VALID))("%s → no errors", async (_name, source) => {
    expect(await errorsIn(source)).toEqual([]);
  });
});
