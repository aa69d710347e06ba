/**
 * The audit log (issue #5): every admin action and security event, with who, what, when and
 * from where. Kept 90 days: older records are deleted at most once an hour, as new ones arrive.
 * Never records secrets: callers pass names and ids, never passwords, tokens or values.
 */
import type { AuditQuery } from "@/lib/schemas/admin";
import type { CurrentUser } from "@/server/auth/policy";
import { db } from "@/server/db";

export const AUDIT_ACTIONS = [
  "auth.signup",
  "auth.login",
  "auth.login_failed",
  "auth.login_rate_limited",
  "admin.settings_changed",
  "admin.user_created",
  "admin.user_role_changed",
  "admin.user_disabled",
  "admin.user_enabled",
  "admin.user_deleted",
  "admin.template_promoted",
  "admin.template_updated",
  "admin.template_deleted",
  "app.deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_RETENTION_DAYS = 90;
const DAY = 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;

/** Who acted and from where (the tRPC/REST context has both). */
export interface Actor {
  user: CurrentUser | null;
  ip: string;
}

export interface AuditEntry {
  action: AuditAction;
  by: Actor;
  /** Who acted when there is no signed-in user yet (a failed login names the username tried). */
  actorName?: string;
  target?: { type: "user" | "app" | "settings" | "template"; id?: string; name?: string };
  detail?: Record<string, unknown>;
}

const g = globalThis as typeof globalThis & { __kilnAuditPrunedAt?: number };

export async function pruneAudit(now = Date.now()): Promise<number> {
  g.__kilnAuditPrunedAt = now;
  const { count } = await db().auditEvent.deleteMany({ where: { at: { lt: new Date(now - AUDIT_RETENTION_DAYS * DAY) } } });
  return count;
}

/** Writes one record. A failure to write is logged, never turned into a failed request. */
export async function audit(e: AuditEntry): Promise<void> {
  try {
    await db().auditEvent.create({
      data: {
        action: e.action,
        actorId: e.by.user?.id ?? null,
        actorName: e.by.user?.username ?? e.actorName ?? null,
        targetType: e.target?.type ?? null,
        targetId: e.target?.id ?? null,
        targetName: e.target?.name ?? null,
        ...(e.detail !== undefined && { detail: e.detail as object }),
        ip: e.by.ip,
      },
    });
    if (Date.now() - (g.__kilnAuditPrunedAt ?? 0) > PRUNE_EVERY_MS) await pruneAudit();
  } catch (err) {
    console.error(`[kiln] audit: could not record ${e.action}:`, (err as Error)?.message ?? err);
  }
}

const select = {
  id: true,
  at: true,
  action: true,
  actorId: true,
  actorName: true,
  targetType: true,
  targetId: true,
  targetName: true,
  detail: true,
  ip: true,
} as const;

/** Newest first, `limit` per page; `before` is the id of the last record of the previous page. */
export async function listAudit(q: AuditQuery) {
  const cursor = q.before ? await db().auditEvent.findUnique({ where: { id: q.before }, select: { at: true, id: true } }) : null;
  const where = {
    ...(q.action && { action: q.action.endsWith(".") ? { startsWith: q.action } : q.action }),
    ...(q.actor && { actorName: q.actor.toLowerCase() }),
    ...(q.target && { targetName: q.target }),
    ...((q.since || cursor) && {
      at: { ...(q.since && { gte: q.since }), ...(cursor && { lte: cursor.at }) },
    }),
    ...(cursor && { NOT: { at: cursor.at, id: { gte: cursor.id } } }),
  };
  const rows = await db().auditEvent.findMany({ where, select, orderBy: [{ at: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const events = rows.slice(0, q.limit).map((r) => ({ ...r, detail: (r.detail ?? null) as Record<string, unknown> | null }));
  return { events, nextCursor: rows.length > q.limit ? (events.at(-1)?.id ?? null) : null };
}
