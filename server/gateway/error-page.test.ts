import { describe, expect, it } from "vitest";
import { errorBody, prefersHtml } from "@/server/gateway/error-page";

describe("prefersHtml", () => {
  it("is true for browsers and false for API clients", () => {
    expect(prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe(true);
    expect(prefersHtml("application/json")).toBe(false);
    expect(prefersHtml("*/*")).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml("application/json, text/html;q=0.5")).toBe(false);
  });
});

describe("errorBody", () => {
  const e = { status: 503, code: "service_unavailable", message: "The app is <starting>" } as const;
  it("is JSON by default", () => {
    const b = errorBody(e, "todo", undefined);
    expect(JSON.parse(b.body)).toEqual({ error: { code: "service_unavailable", message: "The app is <starting>" } });
  });
  it("is a self-contained, escaped HTML page for browsers", () => {
    const b = errorBody(e, "todo", "text/html");
    expect(b.type).toContain("text/html");
    expect(b.body).toContain("todo");
    expect(b.body).toContain("&#60;starting&#62;");
    expect(b.body).not.toMatch(/<(script|link|img)\b|https?:\/\//);
  });
});
