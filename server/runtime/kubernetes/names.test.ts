import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/errors";
import {
  APP_ID_LABEL,
  appLabels,
  appSelector,
  checkAppId,
  decodeKey,
  encodeKey,
  managedSelector,
  names,
  OWNER_LABEL,
  podSelector,
  SLUG_LABEL,
} from "@/server/runtime/kubernetes/names";

const ID = "cm3x0k2ab0001qz8h4v7w9e5r"; // a Prisma cuid: 25 lowercase alphanumerics
const CONFIGMAP_KEY = /^[-._a-zA-Z0-9]+$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

describe("encodeKey / decodeKey", () => {
  const paths = [
    "app.py",
    "static/style.css",
    "a_b/c d.py",
    "templates/index.html",
    "données/café.py",
    "日本語/ファイル.txt",
    "emoji-🎉.md",
    "100%_done?.txt",
  ];

  it.each(paths)("round-trips %s through a valid ConfigMap key", (p) => {
    const key = encodeKey(p);
    expect(key).toMatch(CONFIGMAP_KEY);
    expect(decodeKey(key)).toBe(p);
  });

  it("keeps safe characters and hex-escapes '/', '_' and everything else", () => {
    expect(encodeKey("app.py")).toBe("app.py");
    expect(encodeKey("static/style.css")).toBe("static_2fstyle.css");
    expect(encodeKey("a_b/c d.py")).toBe("a_5fb_2fc_20d.py");
    expect(encodeKey("é")).toBe("_c3_a9"); // UTF-8 bytes, not UTF-16 units
  });

  it("never maps two paths to one key", () => {
    const similar = ["a/b.py", "a_2fb.py", "a.b.py", "a_b.py", "a-b.py", "a_5fb.py", "ab.py", "a__b.py", "a/_b.py"];
    const keys = similar.map(encodeKey);
    expect(new Set(keys).size).toBe(similar.length);
    expect(encodeKey("a/b.py")).not.toBe(encodeKey("a_2fb.py"));
    expect(keys.map(decodeKey)).toEqual(similar);
  });
});

describe("checkAppId", () => {
  it("accepts a cuid", () => {
    expect(checkAppId(ID)).toBe(ID);
  });

  it.each(["../x", "x/../y", "Cm3xABC", "", "a-b", "a b", "a.b", "x".repeat(41)])("refuses %j", (bad) => {
    expect(() => checkAppId(bad)).toThrow(DomainError);
    expect(() => names(bad)).toThrow(/Invalid app id/);
    expect(() => podSelector(bad)).toThrow(DomainError);
  });

  it("refuses with a BAD_REQUEST domain error", () => {
    try {
      checkAppId("../x");
      expect.unreachable();
    } catch (err) {
      expect((err as DomainError).code).toBe("BAD_REQUEST");
    }
  });
});

describe("names", () => {
  const hash = "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

  it("derives every object name from the app id", () => {
    const n = names(ID);
    expect(n).toMatchObject({
      anchor: `kiln-app-${ID}`,
      env: `kiln-app-${ID}-env`,
      deployment: `kiln-app-${ID}`,
      service: `kiln-app-${ID}`,
      ingress: `kiln-app-${ID}`,
      networkPolicy: `kiln-app-${ID}`,
    });
    expect(n.code(hash)).toBe(`kiln-app-${ID}-code-abcdef012345`);
  });

  it("fits DNS-1123 labels (≤ 63 chars) for a 25-char cuid", () => {
    const n = names(ID);
    const all = [n.anchor, n.env, n.deployment, n.service, n.ingress, n.networkPolicy, n.code(hash)];
    for (const name of all) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(DNS1123_LABEL);
    }
  });

  it("gives each code version its own ConfigMap", () => {
    const n = names(ID);
    expect(n.code("111111111111aaaa")).not.toBe(n.code("222222222222aaaa"));
  });
});

describe("labels and selectors", () => {
  const app = { id: ID, ownerId: "cmowner00000000000000000a", slug: "my-app" };

  it("labels every object with manager, app, owner and slug", () => {
    expect(appLabels(app)).toEqual({
      "app.kubernetes.io/managed-by": "kiln",
      "app.kubernetes.io/name": "kiln-app",
      "app.kubernetes.io/instance": "my-app",
      [APP_ID_LABEL]: ID,
      [OWNER_LABEL]: app.ownerId,
      [SLUG_LABEL]: "my-app",
    });
  });

  it("selects pods by app id only, and objects by manager + app id", () => {
    expect(podSelector(ID)).toEqual({ "kiln.dev/app-id": ID });
    expect(appSelector(ID)).toBe(`app.kubernetes.io/managed-by=kiln,kiln.dev/app-id=${ID}`);
    expect(managedSelector).toBe("app.kubernetes.io/managed-by=kiln");
  });

  it("labels pods with what the selector asks for", () => {
    const labels = appLabels(app);
    for (const [k, v] of Object.entries(podSelector(ID))) expect(labels[k]).toBe(v);
  });
});
