import { describe, expect, it } from "vitest";
import { mergeProblems, type Problem } from "@/stores/problems-store";

const p = (file: string, line: number, message: string, source: Problem["source"] = "live"): Problem => ({
  file,
  line,
  column: 1,
  message,
  rule: "syntax",
  source,
});

describe("mergeProblems", () => {
  it("orders by file then line and drops duplicates, keeping the deploy copy", () => {
    const merged = mergeProblems([p("b.py", 2, "x"), p("a.py", 9, "y"), p("a.py", 1, "z")], [p("a.py", 9, "y", "deploy")]);
    expect(merged.map((m) => `${m.file}:${m.line}:${m.source}`)).toEqual(["a.py:1:live", "a.py:9:deploy", "b.py:2:live"]);
  });
});
