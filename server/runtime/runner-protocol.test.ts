import { describe, expect, it } from "vitest";
import { appRelative, parseLoadError, parseReady, scrubPaths } from "@/server/runtime/runner-protocol";

const CODE = "/data/apps/a1/code/h1";

describe("parseReady", () => {
  it("reads port and pid", () => {
    expect(parseReady('KILN_READY {"port": 4123, "pid": 77}')).toEqual({ port: 4123, pid: 77 });
  });
  it("ignores other lines and bad ports", () => {
    expect(parseReady("hello")).toBeUndefined();
    expect(parseReady('KILN_READY {"port": 0}')).toBeUndefined();
    expect(parseReady("KILN_READY {nope")).toBeUndefined();
  });
});

describe("parseLoadError", () => {
  it("maps a syntax error with its location", () => {
    const line = `KILN_ERROR ${JSON.stringify({
      kind: "syntax",
      message: "invalid syntax",
      file: `${CODE}/app.py`,
      line: 3,
      column: 5,
      traceback: `File "${CODE}/app.py", line 3`,
    })}`;
    expect(parseLoadError(line, CODE)).toEqual({
      kind: "syntax",
      message: "invalid syntax",
      location: { file: "app.py", line: 3, column: 5 },
      traceback: 'File "app.py", line 3',
    });
  });
  it("keeps relative files and drops files outside the app", () => {
    expect(appRelative("pkg/util.py", CODE)).toBe("pkg/util.py");
    expect(appRelative("/usr/lib/python3/x.py", CODE)).toBeUndefined();
    const f = parseLoadError('KILN_ERROR {"kind":"import","message":"boom","file":"/usr/x.py","line":2}', CODE);
    expect(f?.location).toBeUndefined();
  });
  it("survives a malformed line", () => {
    expect(parseLoadError("KILN_ERROR {", CODE)?.kind).toBe("internal");
    expect(parseLoadError("other", CODE)).toBeUndefined();
  });
  it("scrubs the code folder from text", () => {
    expect(scrubPaths(`at ${CODE}/app.py`, CODE)).toBe("at app.py");
  });
});
