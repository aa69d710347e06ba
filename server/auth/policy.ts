/**
 * The one place that decides access (issue #5): anonymous, a signed-in user, the owner of a
 * resource, an admin. tRPC's procedure builders (server/trpc.ts), the streaming REST routes
 * (server/api/streams.ts), apps (server/services/access.ts) and the explorer
 * (server/explorer/access.ts) all ask here; nothing else compares roles or owner ids.
 */
import { Forbidden, NotFound, Unauthorized } from "@/server/errors";

export interface CurrentUser {
  id: string;
  username: string;
  role: "admin" | "user";
}

export const SIGN_IN_FIRST = "Sign in first (session cookie or Bearer token)";

export function isAdmin(user: CurrentUser | null): boolean {
  return user?.role === "admin";
}

/** The caller, or 401. */
export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw Unauthorized(SIGN_IN_FIRST);
  return user;
}

/** The caller if they are an admin; 401 anonymous, 403 everyone else. */
export function requireAdmin(user: CurrentUser | null): CurrentUser {
  const u = requireUser(user);
  if (u.role !== "admin") throw Forbidden("Admins only");
  return u;
}

/** Owners act on what they own; admins act on everything. */
export function mayActOn(user: CurrentUser, ownerId: string): boolean {
  return user.id === ownerId || user.role === "admin";
}

/**
 * `resource` when the caller may act on it; otherwise the same 404 as a missing one (`what not
 * found`), so guessed ids and names learn nothing.
 */
export function ownedOr404<T extends { ownerId: string }>(user: CurrentUser, resource: T | null | undefined, what: string): T {
  if (!resource || !mayActOn(user, resource.ownerId)) throw NotFound(what);
  return resource;
}
