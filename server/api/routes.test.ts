import { describe, expect, it } from "vitest";
import { matchRoute, restRoutes } from "./routes";

describe("REST routes read off the tRPC router", () => {
  it("matches templates and decodes path parameters", () => {
    const m = matchRoute("GET", "/apps/abc%20d/deployments/dep1");
    expect(m).not.toBeNull();
    expect(m).not.toBe("method");
    if (m && m !== "method") {
      expect(m.route.procedurePath).toBe("apps.deployment");
      expect(m.params).toEqual({ id: "abc d", deploymentId: "dep1" });
    }
  });

  it("tells a wrong method from an unknown path", () => {
    expect(matchRoute("PATCH", "/apps/x")).toBe("method");
    expect(matchRoute("GET", "/nope")).toBeNull();
  });

  it("keeps the published contract of DESIGN.md", () => {
    const table = restRoutes().map((r) => `${r.method} ${r.template} ${r.status}`);
    expect(table).toEqual(
      expect.arrayContaining([
        "POST /auth/signup 201",
        "POST /auth/login 200",
        "GET /me 200",
        "POST /validate 200",
        "GET /apps 200",
        "POST /apps 201",
        "GET /apps/{id} 200",
        "PUT /apps/{id} 200",
        "DELETE /apps/{id} 204",
        "POST /apps/{id}/deploy 202",
        "GET /apps/{id}/deployments/{deploymentId} 200",
        "GET /apps/{id}/logs 200",
        "GET /apps/{id}/requests 200",
        "GET /apps/{id}/metrics 200",
        "GET /apps/{id}/collections 200",
        "GET /databases 200",
        "GET /databases/{db}/collections 200",
        "GET /databases/{db}/collections/{collection}/count 200",
        "GET /databases/{db}/collections/{collection}/documents 200",
      ]),
    );
  });
});
