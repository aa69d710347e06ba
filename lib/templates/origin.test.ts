import { describe, expect, it } from "vitest";
import { deletable, hideable, ORIGIN_LABELS, templateOrigin } from "@/lib/templates/origin";

describe("templateOrigin", () => {
  it("tells Kiln's own, promoted and people's own templates apart", () => {
    expect(templateOrigin({ scope: "global", source: "disk" })).toBe("kiln");
    expect(templateOrigin({ scope: "global", source: "app" })).toBe("promoted");
    expect(templateOrigin({ scope: "user", source: "app" })).toBe("user");
    expect(ORIGIN_LABELS.kiln).toBe("Kiln's own");
  });

  it("lets every template but Kiln's own be deleted, and only globals be hidden", () => {
    expect(deletable({ scope: "global", source: "disk" })).toBe(false);
    expect(deletable({ scope: "global", source: "app" })).toBe(true);
    expect(deletable({ scope: "user", source: "app" })).toBe(true);
    expect(hideable({ scope: "global" })).toBe(true);
    expect(hideable({ scope: "user" })).toBe(false);
  });
});
