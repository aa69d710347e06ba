import { describe, expect, it } from "vitest";
import { zTemplateMeta } from "@/lib/schemas/template-api";
import { parseTemplateForm, templateErrorsFromServer } from "@/lib/templates/form";

describe("parseTemplateForm", () => {
  it("trims, parses the tags and fills the server's defaults", () => {
    expect(parseTemplateForm({ name: "  My starter ", description: "", tagsText: "FastAPI, api" })).toEqual({
      ok: true,
      value: { name: "My starter", description: "", tags: ["fastapi", "api"] },
    });
  });

  it("names the field for a missing or too long name and description", () => {
    const empty = parseTemplateForm({ name: "   ", description: "", tagsText: "" });
    expect(empty).toEqual({ ok: false, errors: { name: "name is required" } });
    const long = parseTemplateForm({ name: "n".repeat(61), description: "d".repeat(301), tagsText: "" });
    expect(long).toEqual({
      ok: false,
      errors: { name: "name must be at most 60 characters", description: "description must be at most 300 characters" },
    });
  });

  it("names the tag the server would refuse", () => {
    const result = parseTemplateForm({ name: "x", description: "", tagsText: "api, bad_tag" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.tags).toMatch(/^“bad_tag”: tags are short lowercase words/);
    const tooLong = parseTemplateForm({ name: "x", description: "", tagsText: "a".repeat(25) });
    expect(tooLong.ok).toBe(false);
  });

  it("refuses more than 8 tags", () => {
    const result = parseTemplateForm({ name: "x", description: "", tagsText: "a b c d e f g h i" });
    expect(result).toEqual({ ok: false, errors: { tags: "at most 8 tags" } });
  });

  it("accepts exactly what the server schema accepts", () => {
    const cases = [
      { name: "ok", description: "fine", tagsText: "a b c d e f g h" },
      { name: "ok", description: "", tagsText: "c++ node.js" },
      { name: "ok", description: "", tagsText: "-leading" },
      { name: "ok", description: "", tagsText: "a".repeat(24) },
    ];
    for (const c of cases) {
      const server = zTemplateMeta.safeParse({ name: c.name, description: c.description, tags: c.tagsText.split(" ") });
      expect(parseTemplateForm(c).ok, c.tagsText).toBe(server.success);
    }
  });
});

describe("templateErrorsFromServer", () => {
  it("spreads input errors over the fields they name", () => {
    expect(templateErrorsFromServer("name: name is required; tags.1: tags are short lowercase words")).toEqual({
      name: "name is required",
      tags: "tags are short lowercase words",
    });
  });

  it("leaves anything else to the whole form", () => {
    expect(templateErrorsFromServer("App not found")).toEqual({ form: "App not found" });
    expect(templateErrorsFromServer("appId: id is required")).toEqual({ form: "appId: id is required" });
  });
});
