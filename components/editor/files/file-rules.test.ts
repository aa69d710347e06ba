import { describe, expect, it } from "vitest";
import { fileNameProblem, sortPaths } from "@/components/editor/files/file-rules";

const files = { "app.py": "", "models.py": "", "static/site.css": "" };

describe("fileNameProblem", () => {
  it("accepts top-level files and files under static/", () => {
    expect(fileNameProblem("routes.py", files)).toBeNull();
    expect(fileNameProblem("static/logo.svg", files)).toBeNull();
    expect(fileNameProblem("README.md", files)).toBeNull();
  });

  it("refuses other folders, traversal and odd names", () => {
    expect(fileNameProblem("lib/x.py", files)).toMatch(/static/);
    expect(fileNameProblem("static/a/b.css", files)).toMatch(/static/);
    expect(fileNameProblem("../x.py", files)).not.toBeNull();
    expect(fileNameProblem("my file.py", files)).toMatch(/no spaces/);
    expect(fileNameProblem(".py", files)).not.toBeNull();
  });

  it("refuses types outside the allow-list", () => {
    expect(fileNameProblem("data.csv", files)).toMatch(/Allowed types/);
    expect(fileNameProblem("script.sh", files)).toMatch(/Allowed types/);
  });

  it("refuses duplicates and app.py, but lets a rename keep its own name", () => {
    expect(fileNameProblem("models.py", files)).toMatch(/already exists/);
    expect(fileNameProblem("app.py", files)).toMatch(/entrypoint/);
    expect(fileNameProblem("models.py", files, "models.py")).toBeNull();
  });

  it("stops at 50 files for new files", () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}.py`, ""]));
    expect(fileNameProblem("one-more.py", many)).toMatch(/at most 50/);
    expect(fileNameProblem("renamed.py", many, "f1.py")).toBeNull();
  });
});

describe("sortPaths", () => {
  it("puts app.py first, then top-level files, then static/", () => {
    expect(sortPaths(["static/a.css", "zeta.py", "app.py", "alpha.md"])).toEqual(["app.py", "alpha.md", "zeta.py", "static/a.css"]);
  });
});
