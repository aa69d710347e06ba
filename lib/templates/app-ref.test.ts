import { describe, expect, it } from "vitest";
import { appIdFromInput } from "@/lib/templates/app-ref";

describe("appIdFromInput", () => {
  it("takes an id pasted as it is, trimmed", () => {
    expect(appIdFromInput("  cmf2k9x0a0001qz8h3n4j5k6l ")).toBe("cmf2k9x0a0001qz8h3n4j5k6l");
  });

  it("reads the id out of a link to the app's dashboard or editor", () => {
    expect(appIdFromInput("http://localhost:3000/apps/abc123")).toBe("abc123");
    expect(appIdFromInput("https://kiln.example.com/apps/abc123/edit")).toBe("abc123");
    expect(appIdFromInput("/apps/abc123?tab=logs")).toBe("abc123");
  });

  it("refuses empty text and text that is no id", () => {
    expect(appIdFromInput("")).toBeNull();
    expect(appIdFromInput("   ")).toBeNull();
    expect(appIdFromInput("my app")).toBeNull();
    expect(appIdFromInput("https://example.com/other/abc")).toBeNull();
  });
});
