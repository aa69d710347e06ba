import { describe, expect, it } from "vitest";
import { DEFAULT_ALLOWED_IMPORTS, FILE_LIMITS } from "@/lib/validator";
import { getValidator } from "@/lib/validator/node";
import { readManifest, templateFiles, templateIds } from "@/tests/support/templates-files";
import { type TemplateManifest, zTemplateFolderId, zTemplateManifest } from "./templates";

const VALID = {
  name: "Hello API",
  description: "The smallest useful FastAPI app.",
  tags: ["fastapi", "api"],
  complexity: "starter",
  needs_database: false,
  smoke: { method: "GET", path: "/hello/Kiln", status: 200, contains: "Hello" },
};

/** `path: message` of every issue, or [] when the manifest parses. */
function problems(manifest: unknown): string[] {
  const result = zTemplateManifest.safeParse(manifest);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("zTemplateManifest", () => {
  it("accepts a GET smoke and a POST smoke with a JSON body", () => {
    expect(problems(VALID)).toEqual([]);
    const post = { ...VALID, smoke: { method: "POST", path: "/items", status: 201, body: { title: "x", n: [1, null] } } };
    expect(problems(post)).toEqual([]);
  });

  it("refuses keys it does not know, at every level", () => {
    expect(problems({ ...VALID, entrypoint: "main.py" })).toEqual([': Unrecognized key: "entrypoint"']);
    expect(problems({ ...VALID, smoke: { ...VALID.smoke, headers: {} } })).toEqual(['smoke: Unrecognized key: "headers"']);
  });

  it("names each missing or malformed field", () => {
    const { description: _d, ...noDescription } = VALID;
    expect(problems(noDescription)).toEqual(["description: description is required"]);
    expect(problems({ ...VALID, complexity: "easy" })).toEqual(["complexity: complexity must be one of starter, intermediate, advanced"]);
    expect(problems({ ...VALID, needs_database: "no" })).toEqual(["needs_database: needs_database must be true or false"]);
    expect(problems({ ...VALID, tags: ["fastapi", "Has Space"] })).toEqual([
      "tags.1: tags are short lowercase words (letters, digits, + . -; at most 24 characters)",
    ]);
  });

  it("checks the smoke request: method, path, status, body only with POST", () => {
    const smoke = (s: object) => problems({ ...VALID, smoke: { ...VALID.smoke, ...s } });
    expect(smoke({ method: "PUT" })).toEqual(["smoke.method: smoke.method must be GET or POST"]);
    expect(smoke({ path: "hello" })).toEqual(["smoke.path: smoke.path must start with '/'"]);
    expect(smoke({ path: "/__kiln/ready" })).toEqual(["smoke.path: smoke.path may not use /__kiln/: it is reserved for Kiln"]);
    expect(smoke({ status: 2000 })).toEqual(["smoke.status: smoke.status must be an HTTP status (100-599)"]);
    expect(smoke({ status: "200" })).toEqual(["smoke.status: smoke.status is required (the HTTP status the app must answer)"]);
    expect(smoke({ body: { a: 1 } })).toEqual(["smoke.body: smoke.body is only sent with POST"]);
    expect(smoke({ contains: "" })).toEqual(["smoke.contains: smoke.contains, when given, must not be empty"]);
  });

  it("wants exactly one framework tag, no repeats, and `mongo` on a template that needs the database", () => {
    expect(problems({ ...VALID, tags: ["api"] })).toEqual(["tags: tags must name exactly one framework: fastapi or fasthtml"]);
    expect(problems({ ...VALID, tags: ["fastapi", "fasthtml"] })).toEqual([
      "tags: tags must name exactly one framework: fastapi or fasthtml",
    ]);
    expect(problems({ ...VALID, tags: ["fastapi", "api", "api"] })).toEqual(["tags: tags must not repeat"]);
    expect(problems({ ...VALID, needs_database: true })).toEqual(["tags: a template with needs_database: true is tagged `mongo`"]);
    expect(problems({ ...VALID, needs_database: true, tags: ["fastapi", "mongo"] })).toEqual([]);
  });
});

// The ids issue #6 asks for by name.
const REQUIRED = [
  "hello-api",
  "todo-mongo",
  "notes-fullstack",
  "fasthtml-starter",
  "fasthtml-multifile",
  "webhook-receiver",
  "slack-bot",
  "file-upload",
  "background-tasks",
  "pydantic-showcase",
  "htmx-page",
  "multi-module-api",
];

const ids = templateIds();

describe("templates/", () => {
  it("holds at least the twelve templates of issue #6, each in a kebab-case folder", () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    for (const id of ids) expect(zTemplateFolderId.safeParse(id).success, id).toBe(true);
  });

  describe.each(ids)("%s", (id) => {
    const files = templateFiles(id);
    const python = Object.entries(files).filter(([name]) => name.endsWith(".py"));

    it("has a valid manifest.json", () => {
      expect(problems(readManifest(id))).toEqual([]);
    });

    it("passes the validator with the default allowed imports", async () => {
      const result = (await getValidator()).validate(files, { allowedImports: DEFAULT_ALLOWED_IMPORTS });
      expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}: ${e.message}`)).toEqual([]);
    });

    it("stays within the file limits", () => {
      const names = Object.keys(files);
      expect(names.length).toBeLessThanOrEqual(FILE_LIMITS.maxFiles);
      for (const [name, text] of Object.entries(files)) {
        expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(FILE_LIMITS.maxFileBytes);
        expect(
          FILE_LIMITS.extensions.some((ext) => name.endsWith(ext)),
          name,
        ).toBe(true);
      }
      const total = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      expect(total).toBeLessThanOrEqual(FILE_LIMITS.maxTotalBytes);
    });

    it("says what it is: needs_database and the framework tag match the code", () => {
      const manifest = readManifest(id) as TemplateManifest;
      const readsMongo = python.some(([, text]) => text.includes('"PLATFORM_MONGO_URI"'));
      expect(manifest.needs_database).toBe(readsMongo);
      const usesFastHtml = python.some(([, text]) => /^from fasthtml[.\s]/m.test(text));
      expect(manifest.tags).toContain(usesFastHtml ? "fasthtml" : "fastapi");
    });

    it("links only to /static/ files it has", () => {
      const linked = Object.values(files).flatMap((text) => [...text.matchAll(/["'(]\/static\/([\w./-]+)["')]/g)].map((m) => m[1]));
      for (const file of linked) expect(Object.keys(files), `/static/${file}`).toContain(`static/${file}`);
    });
  });
});
