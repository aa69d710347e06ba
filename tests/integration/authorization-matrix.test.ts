/**
 * The authorization matrix (issue #5), generated from the router itself: every tRPC procedure
 * is called over real HTTP as anonymous, as another user, as an admin and, where it acts on
 * something owned, as the owner, against one real Kiln. Each answer must match the procedure's
 * access level in tests/support/authz-expectations.ts, and no answer to a caller may contain an
 * identifier that caller may not see (the owner's app ids, slugs, names, username, database,
 * collection, document) or any secret: 0 mismatches, 0 leaks. A procedure added without an
 * expectation fails the first test. The streaming REST routes get the same treatment.
 */
import type { AnyProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { restRoutes } from "@/server/api/routes";
import { appRouter } from "@/server/routers/_app";
import { api } from "../support/api";
import { callProcedure, openRestStream } from "../support/authz-client";
import { EXPECTATIONS } from "../support/authz-expectations";
import { buildFixtures, type Caller, type Fixtures, hiddenFrom, waitForDeployment } from "../support/authz-fixtures";
import { callersFor, cell, coverageProblems, expectedFor, leaksIn, verdict } from "../support/authz-judge";
import { type KilnProcess, startKiln } from "../support/kiln-process";

/** Every procedure of the real router, path → query | mutation | subscription. */
// tRPC types `_def.procedures` as the nested record; at run time it is flat, keyed by "ns.name".
const flat = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedures = Object.entries(flat).map(([path, p]) => ({ path, type: p._def.type }));

let kiln: KilnProcess;
let fx: Fixtures;

beforeAll(async () => {
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  fx = await buildFixtures(kiln, inject("mongoUrl"));
});

afterAll(async () => {
  await kiln?.stop();
});

/** The caller's Bearer token; a fresh sign-in when the call spends it (logout). */
async function tokenFor(caller: Caller, fresh = false): Promise<string | undefined> {
  if (caller === "anonymous") return undefined;
  const who = fx[caller];
  if (!fresh) return who.token;
  const res = await api(fx.base).post("/auth/login", { username: who.username, password: who.password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.token as string;
}

function leaksFor(caller: Caller, raw: string): string[] {
  return leaksIn(raw, [...hiddenFrom(fx, caller), ...fx.secrets]);
}

describe("authorization matrix", () => {
  it("has an expectation for every procedure of the router, and none for a procedure that is gone", () => {
    expect(procedures.length).toBeGreaterThan(30);
    expect(Object.keys(appRouter._def.lazy), "lazy routers would hide procedures from the matrix").toEqual([]);
    // The guard itself: an added and a removed procedure are both named.
    expect(coverageProblems(["a.kept", "a.added"], { "a.kept": {}, "a.removed": {} })).toEqual([
      expect.stringContaining(`"a.added" has no expectation`),
      expect.stringContaining(`"a.removed", which is no longer a procedure`),
    ]);
    const problems = coverageProblems(
      procedures.map((p) => p.path),
      EXPECTATIONS,
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("exposes no REST route whose procedure lacks an expectation; anonymous REST callers get 401 from every non-public one", async () => {
    const routes = restRoutes();
    const unexpected = routes.filter((r) => !EXPECTATIONS[r.procedurePath]).map((r) => `${r.method} ${r.template} → ${r.procedurePath}`);
    expect(unexpected, `REST routes without an expectation:\n${unexpected.join("\n")}`).toEqual([]);
    const mismatches: string[] = [];
    for (const route of routes.filter((r) => EXPECTATIONS[r.procedurePath]?.access !== "public")) {
      const path = route.template.replace(/\{\w+\}/g, "authz-probe");
      const res = await fetch(`${fx.base}/api/v1${path}`, {
        method: route.method,
        headers: { "content-type": "application/json" },
        body: route.method === "GET" || route.method === "DELETE" ? undefined : "{}",
      });
      const raw = await res.text();
      if (res.status !== 401)
        mismatches.push(`${route.method} ${route.template} (${route.procedurePath}): expected 401, got ${res.status} ${raw}`);
      const leaks = leaksFor("anonymous", raw);
      if (leaks.length > 0) mismatches.push(`${route.method} ${route.template}: leaked ${leaks.join(", ")}`);
    }
    expect(mismatches, mismatches.join("\n")).toEqual([]);
  });

  it("calls every procedure as anonymous, another user, the owner and an admin: 0 mismatches, 0 leaks", async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    const rows: string[] = [];
    const deploys: string[] = [];
    /** Procedures whose answer to the owner shows what `other` must not see: proof the leak check reads real data. */
    const revealing = new Set<string>();
    let calls = 0;
    for (const { path, type } of procedures) {
      const expectation = EXPECTATIONS[path];
      if (!expectation) {
        mismatches.push(`${path}: no expectation (see the first test)`);
        continue;
      }
      const cells: string[] = [];
      for (const caller of callersFor(expectation.access)) {
        const token = await tokenFor(caller, expectation.freshSession);
        const result = await callProcedure(fx.base, token, path, type, expectation.input?.(fx, caller));
        calls++;
        const problem = verdict(expectedFor(expectation.access, caller), result);
        if (problem) mismatches.push(`${path} (${expectation.access}) as ${caller}: ${problem}`);
        const found = leaksFor(caller, result.raw);
        if (found.length > 0) leaks.push(`${path} as ${caller}: response contains ${found.join(", ")}: ${result.raw.slice(0, 300)}`);
        if (caller === "owner" && result.ok && leaksIn(result.raw, hiddenFrom(fx, "other")).length > 0) revealing.add(path);
        if ((path === "apps.deploy" || path === "apps.rollback") && result.ok)
          deploys.push((result.data as { deploymentId: string }).deploymentId);
        cells.push(`${caller}=${cell(result, problem, found)}`);
      }
      rows.push(`${path.padEnd(24)} ${expectation.access.padEnd(6)} ${cells.join("  ")}`);
    }
    console.log(
      [
        `authorization matrix: ${procedures.length} procedures, ${calls} calls, ${mismatches.length} mismatches, ${leaks.length} leaks`,
        ...rows,
      ].join("\n"),
    );
    // Let the deploys and rollbacks the matrix started finish before the Kiln stops.
    for (const id of deploys) await waitForDeployment(fx.base, fx.owner.token, fx.deployTarget.id, id);
    expect(mismatches, mismatches.join("\n")).toEqual([]);
    expect(leaks, leaks.join("\n")).toEqual([]);
    expect(deploys, "the owner and the admin each deployed and rolled back").toHaveLength(4);
    expect([...revealing], "the owner's own answers carry what others must not see").toEqual(
      expect.arrayContaining(["apps.get", "apps.deployment", "data.collections", "data.documents"]),
    );
  });

  it("streams logs and deployment events over REST to the owner and admins only, hiding them from everyone else", async () => {
    const streams = [`/apps/${fx.app.id}/logs/stream?tail=5`, `/apps/${fx.app.id}/deployments/${fx.app.deploymentId}/events`];
    const want: Record<Caller, number> = { anonymous: 401, other: 404, owner: 200, admin: 200 };
    const problems: string[] = [];
    for (const path of streams) {
      for (const caller of ["anonymous", "other", "owner", "admin"] as const) {
        const res = await openRestStream(`${fx.base}/api/v1${path}`, await tokenFor(caller));
        if (res.status !== want[caller]) problems.push(`GET ${path} as ${caller}: expected ${want[caller]}, got ${res.status} ${res.raw}`);
        if (want[caller] === 200 && !res.contentType.startsWith("text/event-stream"))
          problems.push(`GET ${path} as ${caller}: expected text/event-stream, got ${res.contentType}`);
        if (want[caller] === 200 && !res.raw.startsWith("data: "))
          problems.push(`GET ${path} as ${caller}: expected an event first, got ${JSON.stringify(res.raw)}`);
        const found = leaksFor(caller, res.raw);
        if (found.length > 0) problems.push(`GET ${path} as ${caller}: leaked ${found.join(", ")}: ${res.raw}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
