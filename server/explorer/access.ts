/**
 * The one place that decides which databases the explorer shows to whom. Kiln user databases
 * only (`kiln_u_<userId>` of an existing Kiln user): the caller's own, and for admins every
 * user's. MongoDB's own databases (admin, config, local) and anything else on the server are
 * never shown, not even to admins. Any other name answers the same 404 as a missing database,
 * before MongoDB is asked anything, so a guessed name learns nothing.
 */
import "server-only";
import { type CurrentUser, isAdmin } from "@/server/auth/policy";
import { db } from "@/server/db";
import { NotFound } from "@/server/errors";
import { USER_DB_PREFIX } from "@/server/mongo/uri";

export interface ExplorerDatabase {
  name: string;
  owner: { id: string; username: string };
}

/** The Kiln user id a database name belongs to, or null when it is not a Kiln user database. */
export function ownerIdOf(name: string): string | null {
  if (!name.startsWith(USER_DB_PREFIX)) return null;
  const id = name.slice(USER_DB_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,40}$/.test(id) ? id : null;
}

const notFound = () => NotFound("Database");

/** The database `name` if `user` may read it; otherwise 404 `Database not found`, whatever the reason. */
export async function databaseFor(user: CurrentUser, name: string): Promise<ExplorerDatabase> {
  const ownerId = ownerIdOf(name);
  if (ownerId === null) throw notFound();
  if (ownerId === user.id) return { name, owner: { id: user.id, username: user.username } };
  if (!isAdmin(user)) throw notFound();
  const owner = await db().user.findUnique({ where: { id: ownerId }, select: { id: true, username: true } });
  if (!owner) throw notFound();
  return { name, owner };
}

/**
 * Of these database names (from the server), the Kiln user databases, with their owners.
 * Databases of deleted users (kept when the admin chose to) have no owner and are left out.
 */
export async function userDatabasesAmong(names: string[]): Promise<ExplorerDatabase[]> {
  const byOwner = new Map<string, string>();
  for (const name of names) {
    const id = ownerIdOf(name);
    if (id !== null) byOwner.set(id, name);
  }
  if (byOwner.size === 0) return [];
  const owners = await db().user.findMany({ where: { id: { in: [...byOwner.keys()] } }, select: { id: true, username: true } });
  return owners.map((owner) => ({ name: byOwner.get(owner.id) as string, owner }));
}

/** Every Kiln user's database name with its owner (where the server will not list databases). */
export async function everyUserDatabase(): Promise<ExplorerDatabase[]> {
  const users = await db().user.findMany({ select: { id: true, username: true } });
  return users.flatMap((owner) =>
    ownerIdOf(`${USER_DB_PREFIX}${owner.id}`) === null ? [] : [{ name: `${USER_DB_PREFIX}${owner.id}`, owner }],
  );
}
