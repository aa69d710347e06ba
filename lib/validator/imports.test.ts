import { describe, expect, it } from "vitest";
import { DEFAULT_ALLOWED_IMPORTS } from "./index";
import { APP, brief, errorsIn, validate } from "./test-helpers";

const OS_ONLY_HELPERS = "only os environment and path helpers (os.environ, os.getenv, os.path, …) may be used";

describe("imports against the allow-list", () => {
  it.each([
    ["import fastapi\nfrom fastapi.responses import JSONResponse\n"],
    ["import starlette.routing\nfrom pydantic import BaseModel, Field\n"],
    ["from fasthtml.common import *\nfrom monsterui.all import *\n"],
    ["import urllib.parse\nfrom urllib.parse import quote\nfrom urllib import parse\n"],
    ["import os.path\nfrom os import environ\n"],
    ["from __future__ import annotations\nimport typing, datetime, json, asyncio, logging\n"],
  ])("allows %j", async (source) => {
    expect(await errorsIn(source)).toEqual([]);
  });

  it.each([
    ["import numpy as np\n", "import-not-allowed@1:8", "`numpy` is not on the allowed imports list"],
    ["from requests import get\n", "import-not-allowed@1:6", "`requests` is not on the allowed imports list"],
    ["import sys\n", "import-not-allowed@1:8", "`sys` is not on the allowed imports list"],
    ["import urllib\n", "import-not-allowed@1:8", "`urllib` is not on the allowed imports list"],
    ["from urllib import parse, request\n", "import-not-allowed@1:27", "`urllib.request` is not on the allowed imports list"],
    ["from pathlib import Path\n", "import-not-allowed@1:6", "`pathlib` is not on the allowed imports list"],
    ["import subprocess as sp\nsp.run(['id'])\n", "import-not-allowed@1:8", "`subprocess` may never be imported"],
    ["import asyncio.subprocess\n", "import-not-allowed@1:8", "`asyncio.subprocess` may never be imported"],
    ["from logging import config\n", "import-not-allowed@1:21", "`logging.config` may never be used"],
    ["from os import system as s\n", "import-not-allowed@1:16", `\`os.system\` is not allowed: ${OS_ONLY_HELPERS}`],
    ["from os import *\n", "import-not-allowed@1:16", "`from os import *` is not allowed: import the helpers you need by name"],
    ["from logging import os\n", "import-not-allowed@1:21", "`logging.os` is not allowed: `os` may not be reached through another module"],
  ])("refuses %j", async (source, where, message) => {
    const errors = await errorsIn(source);
    expect(brief(errors)).toEqual([where]);
    expect(errors[0]?.message).toBe(message);
  });

  it("refuses each always-refused module, one error per name", async () => {
    const errors = await errorsIn("import importlib, ctypes, socket, pickle, marshal, shutil, multiprocessing, cffi\n");
    expect(errors.map((e) => e.message)).toEqual(
      ["importlib", "ctypes", "socket", "pickle", "marshal", "shutil", "multiprocessing", "cffi"].map(
        (m) => `\`${m}\` may never be imported`,
      ),
    );
  });

  it("allows the app's own modules, absolutely and relatively", async () => {
    const files = {
      "app.py": `${APP}import helpers\nfrom helpers import greet\nfrom . import helpers as h\nfrom routers.items import router\n`,
      "helpers.py": "def greet():\n    return 'hi'\n",
      "routers/__init__.py": "",
      "routers/items.py": "from ..helpers import greet\nfrom .. import helpers\nrouter = None\n",
    };
    expect((await validate(files)).errors).toEqual([]);
  });

  it("refuses reaching os through the app's own module", async () => {
    const files = { "app.py": `${APP}from helpers import os\n`, "helpers.py": "import os\n" };
    expect(brief((await validate(files)).errors)).toEqual(["import-not-allowed@4:21"]);
  });

  it("follows the admin's allow-list: sys allowed, subprocess still refused", async () => {
    const opts = { allowedImports: [...DEFAULT_ALLOWED_IMPORTS, "sys", "subprocess", "pathlib"] };
    const errors = await errorsIn("import sys\nimport subprocess\nfrom pathlib import Path\n", opts);
    expect(brief(errors)).toEqual(["import-not-allowed@2:8"]);
  });

  it("a dotted allow-list entry allows only its subtree", async () => {
    const opts = { allowedImports: ["fastapi", "xml.etree"] };
    const errors = await errorsIn("import xml.etree.ElementTree\nimport xml.dom\nfrom xml import etree, sax\n", opts);
    expect(brief(errors)).toEqual(["import-not-allowed@2:8", "import-not-allowed@3:24"]);
  });

  it("never triggers on words in strings or comments", async () => {
    const source = '# import subprocess\ns = \'import subprocess\'\nt = """\nfrom os import system\n"""\n';
    expect(await errorsIn(source)).toEqual([]);
  });
});
