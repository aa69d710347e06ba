import { describe, expect, it } from "vitest";
import { confirmMatches, errorsFromIssues, errorsFromServer, filterUsers } from "@/components/admin/users-logic";
import { zAdminCreateUser } from "@/lib/schemas/admin";

const users = [{ username: "ann" }, { username: "bob" }, { username: "joanna" }];

describe("filterUsers", () => {
  it("keeps the names containing the search, any case", () => {
    expect(filterUsers(users, "AN").map((u) => u.username)).toEqual(["ann", "joanna"]);
    expect(filterUsers(users, "  bo ").map((u) => u.username)).toEqual(["bob"]);
  });
  it("keeps everyone for an empty search and nobody for a miss", () => {
    expect(filterUsers(users, "   ")).toEqual(users);
    expect(filterUsers(users, "zed")).toEqual([]);
  });
});

describe("confirmMatches", () => {
  it("accepts the username trimmed and in any case, as the server does", () => {
    expect(confirmMatches("ann", "ann")).toBe(true);
    expect(confirmMatches("  ANN ", "ann")).toBe(true);
  });
  it("refuses anything else, including a prefix", () => {
    expect(confirmMatches("", "ann")).toBe(false);
    expect(confirmMatches("an", "ann")).toBe(false);
    expect(confirmMatches("anne", "ann")).toBe(false);
  });
});

describe("errorsFromIssues", () => {
  it("puts the browser-side schema's first message per field", () => {
    const parsed = zAdminCreateUser.safeParse({ username: "a!", password: "short" });
    expect(parsed.success).toBe(false);
    const errors = errorsFromIssues(parsed.error?.issues ?? []);
    expect(errors.username).toMatch(/username must be at least 3 characters/);
    expect(errors.password).toMatch(/at least 8 characters/);
    expect(errors.form).toBeUndefined();
  });
  it("sends issues without a known field to the form", () => {
    expect(errorsFromIssues([{ path: [], message: "bad body" }])).toEqual({ form: "bad body" });
  });
});

describe("errorsFromServer", () => {
  it("splits the server's `field: message; field: message` input errors", () => {
    expect(errorsFromServer("username: username must be at least 3 characters; password: password must be at least 8 characters")).toEqual({
      username: "username must be at least 3 characters",
      password: "password must be at least 8 characters",
    });
  });
  it("puts a taken username on the username field", () => {
    expect(errorsFromServer('The username "ann" is taken')).toEqual({ username: 'The username "ann" is taken' });
  });
  it("keeps other refusals for the whole form", () => {
    expect(errorsFromServer("Something went wrong; try again")).toEqual({ form: "Something went wrong; try again" });
    expect(errorsFromServer("(body): unexpected key")).toEqual({ form: "(body): unexpected key" });
  });
});
