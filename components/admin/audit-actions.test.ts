import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_FAMILIES, actionLabel, actionTone } from "@/components/admin/audit-actions";
// biome-ignore lint/style/noRestrictedImports: the test checks the page labels every action the server records.
import { AUDIT_ACTIONS as SERVER_ACTIONS } from "@/server/services/audit";

describe("audit action labels", () => {
  it("label exactly the actions the server records", () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual([...SERVER_ACTIONS].sort());
  });
  it("read as words, and fall back to the code for an action added later", () => {
    expect(actionLabel("admin.user_deleted")).toBe("Deleted a user");
    expect(actionLabel("auth.login_failed")).toBe("Sign-in failed");
    expect(actionLabel("app.redeployed")).toBe("app.redeployed");
  });
  it("group into families that cover every action", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_FAMILIES.some((f) => action.startsWith(f.value))).toBe(true);
    }
  });
});

describe("actionTone", () => {
  it("makes refusals and deletions stand out", () => {
    expect(actionTone("auth.login_failed")).toBe("destructive");
    expect(actionTone("auth.login_rate_limited")).toBe("destructive");
    expect(actionTone("admin.user_deleted")).toBe("destructive");
    expect(actionTone("app.deleted")).toBe("destructive");
    expect(actionTone("admin.template_deleted")).toBe("destructive");
  });
  it("marks changes of power as warnings and the rest as routine", () => {
    expect(actionTone("admin.user_disabled")).toBe("warning");
    expect(actionTone("admin.user_role_changed")).toBe("warning");
    expect(actionTone("auth.login")).toBe("muted");
    expect(actionTone("admin.user_enabled")).toBe("muted");
    expect(actionTone("something.new")).toBe("muted");
  });
});
