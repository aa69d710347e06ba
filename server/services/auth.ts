import type { Credentials, LoginInput } from "@/lib/schemas/auth";
import { dummyHash, hashPassword, verifyPassword } from "@/server/auth/password";
import { API_TOKEN_DAYS, COOKIE_SESSION_DAYS, newToken, tokenId } from "@/server/auth/tokens";
import { db } from "@/server/db";
import { Conflict, Forbidden, Unauthorized } from "@/server/errors";
import { getSettings } from "@/server/services/settings";

export interface CurrentUser {
  id: string;
  username: string;
  role: "admin" | "user";
}

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

export async function signup(input: Credentials, kind: "cookie" | "api") {
  const settings = await getSettings();
  const hasUsers = (await db().user.count()) > 0;
  if (hasUsers && !settings.signupEnabled) throw Forbidden("Signup is turned off on this Kiln; ask an admin for an account");
  const passwordHash = await hashPassword(input.password);
  const username = input.username.toLowerCase();
  try {
    // The first user becomes admin; the transaction keeps two racing first signups honest.
    const user = await db().$transaction(async (tx) => {
      const first = (await tx.user.count()) === 0;
      return tx.user.create({
        data: { username, passwordHash, role: first ? "admin" : "user", lastLoginAt: new Date() },
        select: publicUser,
      });
    });
    return { user: asCurrent(user), token: await issueToken(user.id, kind) };
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw Conflict(`The username "${username}" is taken`);
    throw e;
  }
}

export async function login(input: LoginInput, kind: "cookie" | "api") {
  const user = await db().user.findUnique({
    where: { username: input.username.toLowerCase() },
    select: { ...publicUser, passwordHash: true, disabled: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !ok) throw Unauthorized("Wrong username or password");
  if (user.disabled) throw Forbidden("This account is disabled");
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { user: asCurrent(user), token: await issueToken(user.id, kind) };
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
