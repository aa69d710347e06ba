import { describe, expect, it } from "vitest";
import { secretsNote } from "@/components/apps/clone-note";

describe("secretsNote", () => {
  it("says nothing when no secret needs a value", () => {
    expect(secretsNote([])).toBeUndefined();
  });

  it("names every secret that needs a value", () => {
    expect(secretsNote(["API_KEY"])).toBe(
      "The secret API_KEY was copied without its value: set it in the editor's settings before deploying.",
    );
    expect(secretsNote(["API_KEY", "DB_PASSWORD"])).toContain("API_KEY, DB_PASSWORD");
  });
});
