import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonTree } from "@/components/explorer/json-tree/json-tree";

/** The tree's text as a reader sees it (tags dropped, entities decoded). */
function text(doc: Record<string, unknown>, expandDepth = Number.POSITIVE_INFINITY): string {
  const html = renderToStaticMarkup(createElement(JsonTree, { doc, expandDepth, label: "doc" }));
  return html
    .replace(/<li[^>]*>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .trim();
}

const canonical = {
  _id: { $oid: "65a1b2c3d4e5f60718293a4b" },
  when: { $date: { $numberLong: "1704164645006" } },
  price: { $numberDecimal: "1.50" },
  big: { $numberLong: "9007199254740993" },
  i: { $numberInt: "5" },
  ratio: { $numberDouble: "1.5" },
  inf: { $numberDouble: "-Infinity" },
  uid: { $binary: { base64: "ASNFZ4mrze8BI0VniavN7w==", subType: "04" } },
  raw: { $binary: { base64: "CgsMDQ==", subType: "00" } },
  ts: { $timestamp: { t: 1700000000, i: 3 } },
  re: { $regularExpression: { pattern: "^a", options: "i" } },
  min: { $minKey: 1 },
  none: null,
  ok: true,
  meta: { owner: { name: "deep" }, tags: ["a", "b"] },
};

describe("JsonTree", () => {
  it("renders each BSON type the way the shell writes it", () => {
    const lines = text(canonical).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        '"_id": ObjectId("65a1b2c3d4e5f60718293a4b")',
        '"when": Date 2024-01-02T03:04:05.006Z',
        '"price": Decimal128("1.50")',
        '"big": Long("9007199254740993")',
        '"i": 5',
        '"ratio": 1.5',
        '"inf": -Infinity',
        '"uid": UUID("01234567-89ab-cdef-0123-456789abcdef")',
        '"raw": Binary (4 bytes) 0a0b0c0d',
        '"ts": Timestamp({ t: 1700000000, i: 3 })',
        '"re": /^a/i',
        '"min": MinKey()',
        '"none": null',
        '"ok": true',
        '"meta": {2 fields}',
        '"owner": {1 field}',
        '"name": "deep"',
        '"tags": [2 items]',
        '0: "a"',
      ]),
    );
  });

  it("starts with sub-documents closed and marks every node with its key and path", () => {
    const html = renderToStaticMarkup(createElement(JsonTree, { doc: canonical, expandDepth: 0, label: "doc" }));
    expect(html).toContain('data-testid="json-node" data-key="meta" data-path="meta"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain("deep");
  });

  it("cuts long strings and big arrays until asked", () => {
    const out = text({ story: "x".repeat(300), list: Array.from({ length: 60 }, (_, i) => ({ $numberInt: String(i) })) });
    expect(out).toContain(`"${"x".repeat(200)}…"show all 300 characters`);
    expect(out).toContain("49: 49");
    expect(out).not.toContain("50: 50");
    expect(out).toContain("Show all 60 items (10 more)");
  });
});
