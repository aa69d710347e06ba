/**
 * User management for admins (issue #5): list, create, promote/demote, disable, delete with
 * cascade. Never leaves the platform without an active admin. Every change is audited.
 */
import type { AdminCreateUser, AdminDeleteUser, AdminUpdateUser } from "@/lib/schemas/admin";
import type { CurrentUser } from "@/server/auth/policy";
import { db } from "@/server/db";
import { Conflict, Invalid, NotFound } from "@/server/errors";
import { listDatabases } from "@/server/explorer/databases";
import { getRuntime } from "@/server/runtime";
import { type Actor, audit } from "@/server/services/audit";
import { createUserRecord } from "@/server/services/auth";
import { dropUserMongo } from "@/server/services/user-mongo";

/** Database size per user id, or why sizes are unknown (MongoDB disabled or down). */
async function databaseSizes(admin: CurrentUser): Promise<{ sizes: Map<string, number | null>; problem: string | null }> {
  try {
    const { databases } = await listDatabases(admin);
    return { sizes: new Map(databases.map((d) => [d.owner.id, d.sizeBytes])), problem: null };
  } catch (e) {
    return { sizes: new Map(), problem: e instanceof Error ? e.message : "MongoDB is unavailable" };
  }
}

export async function listUsers(admin: CurrentUser) {
  const [users, { sizes, problem }] = await Promise.all([
    db().user.findMany({
      select: {
        id: true,
        username: true,
        role: true,
        disabled: true,
        createdAt: true,
        lastLoginAt: true,
        _count: { select: { apps: true } },
      },
      orderBy: { username: "asc" },
    }),
    databaseSizes(admin),
  ]);
  return {
    users: users.map(({ _count, ...u }) => ({
      ...u,
      role: u.role === "admin" ? ("admin" as const) : ("user" as const),
      appCount: _count.apps,
      databaseSizeBytes: sizes.get(u.id) ?? null,
    })),
    databaseSizesUnavailable: problem,
  };
}

async function userOr404(id: string) {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, username: true, role: true, disabled: true } });
  if (!user) throw NotFound("User");
  return user;
}

/** Refuses a change that would leave no enabled admin. */
async function assertAnotherAdmin(userId: string, doing: string): Promise<void> {
  const others = await db().user.count({ where: { role: "admin", disabled: false, id: { not: userId } } });
  if (others === 0) throw Conflict(`Cannot ${doing}: they are the last active admin; make someone else an admin first`);
}

/** Admins create users even while signup is off. */
export async function createUser(by: Actor, input: AdminCreateUser) {
  const user = await createUserRecord(input, { role: input.role, loggedIn: false });
  await audit({
    action: "admin.user_created",
    by,
    target: { type: "user", id: user.id, name: user.username },
    detail: { role: user.role },
  });
  return user;
}

/** Signs the user out everywhere (cookie sessions and API tokens) and stops their apps. */
async function disable(userId: string): Promise<number> {
  await db().session.deleteMany({ where: { userId } });
  const apps = await db().app.findMany({
    where: { ownerId: userId, status: { in: ["running", "deploying", "sleeping", "error"] } },
    select: { id: true },
  });
  for (const app of apps) {
    await getRuntime().stop(app.id);
    await db().app.update({ where: { id: app.id }, data: { status: "stopped" } });
  }
  return apps.length;
}

export async function updateUser(by: Actor, input: AdminUpdateUser) {
  const user = await userOr404(input.id);
  const target = { type: "user" as const, id: user.id, name: user.username };
  if (input.role !== undefined && input.role !== user.role) {
    if (input.role === "user" && !user.disabled) await assertAnotherAdmin(user.id, `demote ${user.username}`);
    await db().user.update({ where: { id: user.id }, data: { role: input.role } });
    await audit({ action: "admin.user_role_changed", by, target, detail: { from: user.role, to: input.role } });
  }
  if (input.disabled !== undefined && input.disabled !== user.disabled) {
    if (input.disabled) {
      if ((input.role ?? user.role) === "admin") await assertAnotherAdmin(user.id, `disable ${user.username}`);
      await db().user.update({ where: { id: user.id }, data: { disabled: true } });
      const stoppedApps = await disable(user.id);
      await audit({ action: "admin.user_disabled", by, target, detail: { stoppedApps } });
    } else {
      await db().user.update({ where: { id: user.id }, data: { disabled: false } });
      await audit({ action: "admin.user_enabled", by, target });
    }
  }
  return userOr404(user.id).then((u) => ({ ...u, role: u.role === "admin" ? ("admin" as const) : ("user" as const) }));
}

/**
 * Deletes the user and everything of theirs: their apps' rows go (versions, deployments, env vars
 * by cascade), then the apps leave the runtime (processes, files, logs; rows first, as in
 * deleteApp, so a concurrent reconcile never recreates them), their MongoDB user is dropped (their
 * database only when `dropDatabase`), and last the user (sessions, Mongo account by cascade).
 */
export async function deleteUser(by: Actor, input: AdminDeleteUser): Promise<void> {
  const user = await userOr404(input.id);
  if (input.confirm.trim().toLowerCase() !== user.username) throw Invalid(`confirm: type "${user.username}" to delete this user`);
  if (user.role === "admin") await assertAnotherAdmin(user.id, `delete ${user.username}`);
  // Sign them out first, so nothing new starts while their apps are removed.
  await db().user.update({ where: { id: user.id }, data: { disabled: true } });
  await db().session.deleteMany({ where: { userId: user.id } });
  const apps = await db().app.findMany({ where: { ownerId: user.id }, select: { id: true } });
  await db().app.deleteMany({ where: { ownerId: user.id } });
  for (const app of apps) await getRuntime().remove(app.id);
  const mongo = await dropUserMongo(user.id, { dropDatabase: input.dropDatabase });
  await db().user.delete({ where: { id: user.id } });
  await audit({
    action: "admin.user_deleted",
    by,
    target: { type: "user", id: user.id, name: user.username },
    detail: { apps: apps.length, droppedMongoUser: mongo.droppedUser, droppedDatabase: mongo.droppedDatabase },
  });
}
