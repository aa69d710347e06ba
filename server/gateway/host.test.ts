import { describe, expect, it } from "vitest";
import { slugFromHost } from "@/server/gateway/host";

describe("slugFromHost", () => {
  it("reads the slug with or without a port, in any case", () => {
    expect(slugFromHost("todo.localhost", "localhost")).toBe("todo");
    expect(slugFromHost("todo.localhost:3000", "localhost")).toBe("todo");
    expect(slugFromHost("My-App.Apps.Example.COM.", "apps.example.com")).toBe("my-app");
  });
  it("leaves Kiln's own hosts and odd names alone", () => {
    expect(slugFromHost(undefined, "localhost")).toBeNull();
    expect(slugFromHost("localhost:3000", "localhost")).toBeNull();
    expect(slugFromHost("a.b.localhost", "localhost")).toBeNull();
    expect(slugFromHost("-x.localhost", "localhost")).toBeNull();
    expect(slugFromHost("evil-localhost", "localhost")).toBeNull();
    expect(slugFromHost("[::1]:3000", "localhost")).toBeNull();
  });
});
