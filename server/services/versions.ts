/**
 * An app's history (issue #6): every deploy stored an immutable Version (files, code hash, who,
 * when, message). Listing, one version's files (for diffs and "restore into editor"), and
 * rollback: a new deployment of an old version.
 */
import { db } from "@/server/db";
import { NotFound } from "@/server/errors";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";
import { redeployVersion } from "@/server/services/deployments";

export const HISTORY_LIMIT = 50;

const versionFields = { id: true, number: true, codeHash: true, message: true, createdAt: true, createdById: true } as const;

/** The last 50 versions, newest first, with who deployed them and which one is live. */
export async function listVersions(user: CurrentUser, appId: string) {
  const app = await appFor(user, appId);
  const rows = await db().version.findMany({
    where: { appId: app.id },
    select: versionFields,
    orderBy: { number: "desc" },
    take: HISTORY_LIMIT,
  });
  const authors = await db().user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))] } },
    select: { id: true, username: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.username]));
  return {
    deployedVersionId: app.deployedVersionId,
    versions: rows.map(({ createdById, ...v }) => ({
      ...v,
      createdBy: createdById ? (names.get(createdById) ?? null) : null,
      deployed: v.id === app.deployedVersionId,
    })),
  };
}

async function versionOf(appId: string, versionId: string) {
  const v = await db().version.findFirst({ where: { id: versionId, appId }, select: { ...versionFields, files: true } });
  if (!v) throw NotFound("Version");
  return v;
}

/** One version with its files. */
export async function getVersion(user: CurrentUser, appId: string, versionId: string) {
  const app = await appFor(user, appId);
  const { createdById: _by, files, ...v } = await versionOf(app.id, versionId);
  return { ...v, files: files as Record<string, string> };
}

/** Deploys an old version again (a new deployment; the draft in the editor is left alone). */
export async function rollback(user: CurrentUser, appId: string, versionId: string) {
  const app = await appFor(user, appId);
  return redeployVersion(app, await versionOf(app.id, versionId));
}
