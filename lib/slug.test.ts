import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["My Todo API!", "my-todo-api"],
    ["  Crème brûlée  ", "creme-brulee"],
    ["___", "app"],
    ["a".repeat(60), "a".repeat(40)],
    ["Hello--World", "hello-world"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
