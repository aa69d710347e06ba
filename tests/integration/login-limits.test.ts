/**
 * Login rate limits against real Kilns (issue #5): 10 failures lock a username (even the right
 * password then gets 429 with Retry-After), 50 failures lock a client address, and the address
 * comes from X-Forwarded-For only when Kiln is told to trust its proxy. Failures and refusals
 * are audited with the address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditEvent, auditEvents, restLogin } from "../support/admin-http";
import { api } from "../support/api";
import { signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const PEER = /^(::ffff:)?127\.0\.0\.1$/;
const password = (username: string) => `${username}-password-1`; // what signup() gives

/** `n` logins, `batch` at a time (each costs an Argon2 verification); returns every status. */
async function attempts(n: number, batch: number, one: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += batch) {
    const round = Array.from({ length: Math.min(batch, n - i) }, (_, k) => one(i + k));
    statuses.push(...(await Promise.all(round)).map((r) => r.status));
  }
  return statuses;
}

function expectRateLimited(res: { status: number; body: any; headers: Headers }) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(res.body.error.message).toBe(`Too many failed sign-ins; try again in ${retryAfter} s`);
  expect(res.body.token).toBeUndefined();
}

describe("without a trusted proxy", () => {
  let kiln: KilnProcess;
  let admin: { token: string; id: string };

  beforeAll(async () => {
    kiln = await startKiln();
    admin = await signup(kiln.url, "lladmin");
    await signup(kiln.url, "llvictim");
    await signup(kiln.url, "llbystander");
    await signup(kiln.url, "lllate");
  });

  afterAll(async () => {
    await kiln?.stop();
  });

  it("locks a username after 10 failures, even against the right password, and audits both", async () => {
    const wrong = await attempts(10, 5, () => restLogin(kiln.url, "llvictim", "not-the-password"));
    expect(wrong).toEqual(Array(10).fill(401));

    const locked = await restLogin(kiln.url, "llvictim", password("llvictim"));
    expectRateLimited(locked);
    // Case does not give a username a fresh count.
    expectRateLimited(await restLogin(kiln.url, "LLVictim", password("llvictim")));

    // Another username from the same client is not affected.
    const other = await restLogin(kiln.url, "llbystander", password("llbystander"));
    expect(other.status).toBe(200);
    expect(other.body.user.username).toBe("llbystander");

    const failed = await auditEvents(kiln.url, admin.token, { action: "auth.login_failed", actor: "llvictim" });
    expect(failed).toHaveLength(10);
    for (const e of failed) {
      expect(e).toMatchObject({ actorId: null, actorName: "llvictim", detail: { reason: "wrong password" } });
      expect(e.ip).toMatch(PEER);
    }
    const limited = await auditEvents(kiln.url, admin.token, { action: "auth.login_rate_limited", actor: "llvictim" });
    expect(limited).toHaveLength(2);
    expect(limited[0]).toMatchObject({
      actorName: "llvictim",
      ip: expect.stringMatching(PEER),
      detail: { retryAfterSeconds: expect.any(Number) },
    });
    // Nothing about the attempts carries the password tried.
    expect(JSON.stringify([...failed, ...limited])).not.toContain("password-1");
    expect(JSON.stringify([...failed, ...limited])).not.toContain("not-the-password");
  });

  it("ignores X-Forwarded-For: the address is the socket peer, and spoofing it does not escape the limit", async () => {
    const spoofed = await restLogin(kiln.url, "llnobody", "whatever-password", { "x-forwarded-for": "203.0.113.9" });
    expect(spoofed.status).toBe(401);
    const [event] = await auditEvents(kiln.url, admin.token, { action: "auth.login_failed", actor: "llnobody" });
    expect(event?.ip).toMatch(PEER);
    expect(event?.detail).toEqual({ reason: "unknown username" });

    // Fill this client's 50 failures, each from a different claimed address.
    const sofar = (await auditEvents(kiln.url, admin.token, { action: "auth.login_failed" })).length;
    const more = await attempts(50 - sofar, 10, (i) =>
      restLogin(kiln.url, `llguess${i}`, "whatever-password", { "x-forwarded-for": `203.0.113.${i + 10}` }),
    );
    expect(more.every((s) => s === 401)).toBe(true);
    expectRateLimited(await restLogin(kiln.url, "lllate", password("lllate"), { "x-forwarded-for": "198.51.100.200" }));
    const all = await auditEvents(kiln.url, admin.token, { action: "auth." });
    expect(all.some((e) => e.ip?.startsWith("203.0.113.") || e.ip === "198.51.100.200")).toBe(false);
  });
});

describe("behind a trusted proxy (KILN_TRUST_PROXY=1)", () => {
  let kiln: KilnProcess;
  let admin: { token: string; id: string };
  const BAD = "198.51.100.23";
  const GOOD = "198.51.100.24";

  beforeAll(async () => {
    kiln = await startKiln({ env: { KILN_TRUST_PROXY: "1" } });
    admin = await signup(kiln.url, "pxadmin");
    await signup(kiln.url, "pxfresh");
  });

  afterAll(async () => {
    await kiln?.stop();
  });

  it("locks an address after 50 failures across usernames; other addresses still sign in", async () => {
    const from = (ip: string) => ({ "x-forwarded-for": `${ip}, 10.0.0.1` });
    // 10 usernames × 5 failures: no username reaches its own limit of 10.
    const failures = await attempts(50, 10, (i) => restLogin(kiln.url, `pxguess${i % 10}`, "whatever-password", from(BAD)));
    expect(failures).toEqual(Array(50).fill(401));

    const fresh = await restLogin(kiln.url, "pxfresh", password("pxfresh"), from(BAD));
    expectRateLimited(fresh);
    const elsewhere = await restLogin(kiln.url, "pxfresh", password("pxfresh"), from(GOOD));
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.user.username).toBe("pxfresh");

    const failed: AuditEvent[] = await auditEvents(kiln.url, admin.token, { action: "auth.login_failed" });
    expect(failed).toHaveLength(50);
    expect(new Set(failed.map((e) => e.ip))).toEqual(new Set([BAD]));
    const [limited] = await auditEvents(kiln.url, admin.token, { action: "auth.login_rate_limited" });
    expect(limited).toMatchObject({ actorName: "pxfresh", ip: BAD });
    const [ok] = await auditEvents(kiln.url, admin.token, { action: "auth.login", actor: "pxfresh" });
    expect(ok).toMatchObject({ actorName: "pxfresh", ip: GOOD });
    expect((await api(kiln.url, elsewhere.body.token).get("/me")).status).toBe(200);
  });
});
