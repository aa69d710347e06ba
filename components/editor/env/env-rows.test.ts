import { describe, expect, it } from "vitest";
import { toInput, toRows, unsetSecrets } from "@/components/editor/env/env-rows";

let n = 0;
const id = () => `r${++n}`;

const server = [
  { name: "MODE", value: "prod", secret: false, set: true },
  { name: "API_KEY", value: null, secret: true, set: true },
  { name: "TOKEN", value: null, secret: true, set: false },
];

describe("env rows", () => {
  it("marks server secrets as stored, with or without a value", () => {
    const rows = toRows(server, id);
    expect(rows.map((r) => [r.name, r.value, r.stored, r.set])).toEqual([
      ["MODE", "prod", false, true],
      ["API_KEY", "", true, true],
      ["TOKEN", "", true, false],
    ]);
  });

  it("sends untouched secrets without a value, so an unset one stays unset instead of becoming empty", () => {
    expect(toInput(toRows(server, id))).toEqual([
      { name: "MODE", value: "prod", secret: false },
      { name: "API_KEY", secret: true },
      { name: "TOKEN", secret: true },
    ]);
  });

  it("sends a value typed for a secret, and drops rows without a name", () => {
    const rows = toRows(server, id).map((r) => (r.name === "TOKEN" ? { ...r, value: "s3cret" } : r));
    rows.push({ id: id(), name: "  ", value: "x", secret: false, stored: false, set: false });
    rows.push({ id: id(), name: " NEW ", value: "v", secret: true, stored: false, set: false });
    expect(toInput(rows)).toEqual([
      { name: "MODE", value: "prod", secret: false },
      { name: "API_KEY", secret: true },
      { name: "TOKEN", value: "s3cret", secret: true },
      { name: "NEW", value: "v", secret: true },
    ]);
  });

  it("lists the secrets still without a value", () => {
    const rows = toRows(server, id);
    expect(unsetSecrets(rows)).toEqual(["TOKEN"]);
    expect(unsetSecrets(rows.map((r) => (r.name === "TOKEN" ? { ...r, value: "x" } : r)))).toEqual([]);
  });
});
