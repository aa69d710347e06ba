import type { Credentials, LoginInput } from "@/lib/schemas/auth";
import { dummyHash, hashPassword, verifyPassword } from "@/server/auth/password";
import type { CurrentUser } from "@/server/auth/policy";
import { loginLimits } from "@/server/auth/rate-limit";
import { API_TOKEN_DAYS, COOKIE_SESSION_DAYS, newToken, tokenId } from "@/server/auth/tokens";
import { db } from "@/server/db";
import { Conflict, Forbidden, RateLimited, Unauthorized } from "@/server/errors";
import { type Actor, audit } from "@/server/services/audit";
import { getSettings } from "@/server/services/settings";

export type { CurrentUser } from "@/server/auth/policy";

const DAY = 24 * 3600 * 1000;
const publicUser = { id: true, username: true, role: true } as const;

function asCurrent(u: { id: string; username: string; role: string }): CurrentUser {
  return { id: u.id, username: u.username, role: u.role === "admin" ? "admin" : "user" };
}

/** Cookie sessions for the browser, Bearer tokens for everything else; both are returned once. */
async function issueToken(userId: string, kind: "cookie" | "api"): Promise<string> {
  const token = newToken(kind === "cookie" ? "kiln_s" : "kiln_t");
  const days = kind === "cookie" ? COOKIE_SESSION_DAYS : API_TOKEN_DAYS;
  await db().session.create({ data: { id: tokenId(token), userId, kind, expiresAt: new Date(Date.now() + days * DAY) } });
  return token;
}

/**
 * A new user (signup, or an admin creating one). The very first user is always an admin; the
 * transaction keeps two racing first signups honest.
 */
export async function createUserRecord(input: Credentials, o: { role: "admin" | "user"; loggedIn: boolean }): Promise<CurrentUser> {
  const passwordHash = await hashPassword(input.password);
  const username = input.username.toLowerCase();
  try {
    const user = await db().$transaction(async (tx) => {
      const first = (await tx.user.count()) === 0;
      return tx.user.create({
        data: { username, passwordHash, role: first ? "admin" : o.role, ...(o.loggedIn && { lastLoginAt: new Date() }) },
        select: publicUser,
      });
    });
    return asCurrent(user);
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw Conflict(`The username "${username}" is taken`);
    throw e;
  }
}

export async function signup(input: Credentials, kind: "cookie" | "api", by: Actor) {
  const settings = await getSettings();
  const hasUsers = (await db().user.count()) > 0;
  if (hasUsers && !settings.signupEnabled) throw Forbidden("Signup is turned off on this Kiln; ask an admin for an account");
  const user = await createUserRecord(input, { role: "user", loggedIn: true });
  await audit({
    action: "auth.signup",
    by: { ...by, user },
    target: { type: "user", id: user.id, name: user.username },
    detail: { kind, role: user.role },
  });
  return { user, token: await issueToken(user.id, kind) };
}

/** Rate limited per username and per address (server/auth/rate-limit.ts); failures are audited. */
export async function login(input: LoginInput, kind: "cookie" | "api", by: Actor) {
  const username = input.username.toLowerCase();
  const wait = Math.max(loginLimits.user.blockedFor(username), loginLimits.ip.blockedFor(by.ip));
  if (wait > 0) {
    await audit({ action: "auth.login_rate_limited", by, actorName: username, detail: { retryAfterSeconds: wait } });
    throw RateLimited(`Too many failed sign-ins; try again in ${wait} s`, wait);
  }
  const user = await db().user.findUnique({ where: { username }, select: { ...publicUser, passwordHash: true, disabled: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) {
    loginLimits.user.fail(username);
    loginLimits.ip.fail(by.ip);
    await audit({ action: "auth.login_failed", by, actorName: username, detail: { reason: user ? "wrong password" : "unknown username" } });
    throw Unauthorized("Wrong username or password");
  }
  if (user.disabled) {
    await audit({ action: "auth.login_failed", by, actorName: username, detail: { reason: "account disabled" } });
    throw Forbidden("This account is disabled");
  }
  loginLimits.user.clear(username);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const current = asCurrent(user);
  await audit({ action: "auth.login", by: { ...by, user: current }, detail: { kind } });
  return { user: current, token: await issueToken(user.id, kind) };
}

export async function logout(token: string): Promise<void> {
  await db().session.deleteMany({ where: { id: tokenId(token) } });
}

/** Resolves a cookie or Bearer credential; expired, revoked or disabled → null. */
export async function userForToken(token: string): Promise<CurrentUser | null> {
  const session = await db().session.findUnique({
    where: { id: tokenId(token) },
    select: { expiresAt: true, user: { select: { ...publicUser, disabled: true } } },
  });
  if (!session || session.expiresAt.getTime() < Date.now() || session.user.disabled) return null;
  return asCurrent(session.user);
}

export async function authConfig() {
  const [settings, users] = await Promise.all([getSettings(), db().user.count()]);
  return { signupEnabled: settings.signupEnabled || users === 0, hasUsers: users > 0 };
}
