/**
 * HTTP helpers for the admin and sign-in tests: logins with chosen headers (X-Forwarded-For),
 * browser-style cookie sessions through tRPC, the public auth config, and the audit log.
 */
import { expect } from "vitest";
import type { ApiResult } from "./api";
import { api } from "./api";

export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  detail: Record<string, any> | null;
  ip: string | null;
}

/** POST /auth/login over REST, with extra request headers (say X-Forwarded-For). */
export async function restLogin(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<ApiResult> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** Signs in the way the browser does (tRPC), returning the `Cookie` header value of the new session. */
export async function cookieLogin(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password } }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("kiln_session=") && c.length > "kiln_session=".length);
  if (!cookie) throw new Error("tRPC login set no kiln_session cookie");
  return cookie;
}

/** GET /me with a session cookie instead of a Bearer token: the status says whether the session is live. */
export async function meWithCookie(base: string, cookie: string): Promise<number> {
  return (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).status;
}

/** tRPC `auth.config`, anonymous: what the sign-in page is told. */
export async function authConfig(base: string): Promise<{ signupEnabled: boolean; hasUsers: boolean }> {
  const res = await fetch(`${base}/api/trpc/auth.config`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { data: { json: { signupEnabled: boolean; hasUsers: boolean } } } }).result.data.json;
}

/** GET /admin/audit as an admin (filters as query parameters), newest first. */
export async function auditEvents(base: string, adminToken: string, query: Record<string, string> = {}): Promise<AuditEvent[]> {
  const res = await api(base, adminToken).get<{ events: AuditEvent[] }>(`/admin/audit?${new URLSearchParams({ limit: "200", ...query })}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.events;
}
