import { codeHash } from "@/lib/code-hash";
import type { AppCloneInput, AppCreateInput, AppUpdateInput } from "@/lib/schemas/apps";
import { RESERVED_SLUGS, slugify } from "@/lib/slug";
import { STARTER_FILES } from "@/lib/starter-app";
import { db } from "@/server/db";
import { Conflict, DomainError, Invalid } from "@/server/errors";
import { getRuntime } from "@/server/runtime";
import { appFor } from "@/server/services/access";
import { toAppView } from "@/server/services/app-view";
import { type Actor, audit } from "@/server/services/audit";
import type { CurrentUser } from "@/server/services/auth";
import { copyEnvWithoutSecrets, listEnv, replaceEnv } from "@/server/services/env-vars";
import { getSettings } from "@/server/services/settings";
import { templateFilesFor } from "@/server/services/templates";
import { assertStorableFiles } from "@/server/services/validation";

const viewFields = {
  id: true,
  name: true,
  slug: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  lastRequestAt: true,
  lastDeployAt: true,
  sleepSeconds: true,
} as const;

/** app.py is the protected entrypoint: every saved file set keeps it. */
export function assertEntrypoint(files: Record<string, string>, entrypoint = "app.py"): void {
  if (!(entrypoint in files)) throw Invalid(`files: ${entrypoint} is the entrypoint and cannot be removed or renamed`);
}

export async function listApps(user: CurrentUser) {
  const apps = await db().app.findMany({ where: { ownerId: user.id }, select: viewFields, orderBy: { updatedAt: "desc" } });
  return { apps: await Promise.all(apps.map(toAppView)) };
}

async function uniqueSlug(name: string): Promise<string> {
  const base = slugify(name);
  for (let i = 1; i < 1000; i++) {
    const slug = i === 1 && !RESERVED_SLUGS.has(base) ? base : `${base}-${i}`;
    if (!(await db().app.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  throw Invalid(`name: no free address for "${name}"; choose another name`);
}

/** A template's files for a new app; an unknown (or invisible) template is a 400 naming the field. */
async function startingFiles(user: CurrentUser, templateId: string): Promise<Record<string, string>> {
  try {
    return await templateFilesFor(user, templateId);
  } catch (e) {
    if (e instanceof DomainError && e.code === "NOT_FOUND") throw Invalid(`template: unknown template "${templateId}"`);
    throw e;
  }
}

async function assertBelowQuota(user: CurrentUser): Promise<void> {
  const { maxAppsPerUser } = await getSettings();
  if ((await db().app.count({ where: { ownerId: user.id } })) >= maxAppsPerUser) {
    throw Conflict(`You have ${maxAppsPerUser} apps, the most this Kiln allows per user; delete one first`);
  }
}

export async function createApp(user: CurrentUser, input: AppCreateInput) {
  if (input.template !== undefined && input.files !== undefined) throw Invalid("template: give files or a template, not both");
  await assertBelowQuota(user);
  const files = input.template !== undefined ? await startingFiles(user, input.template) : (input.files ?? STARTER_FILES);
  assertEntrypoint(files);
  await assertStorableFiles(files);
  const slug = await uniqueSlug(input.name);
  const app = await db().app.create({
    data: { ownerId: user.id, name: input.name, slug, draftFiles: files },
    select: viewFields,
  });
  if (input.env) await replaceEnv(app.id, input.env);
  return toAppView(app);
}

function filesOf(json: unknown): Record<string, string> {
  return (json ?? {}) as Record<string, string>;
}

export async function getApp(user: CurrentUser, id: string) {
  const app = await appFor(user, id);
  const files = filesOf(app.draftFiles);
  const [view, env, deployedVersion, lastDeployment] = await Promise.all([
    toAppView(app),
    listEnv(app.id),
    app.deployedVersionId
      ? db().version.findUnique({
          where: { id: app.deployedVersionId },
          select: { id: true, number: true, codeHash: true, createdAt: true },
        })
      : null,
    db().deployment.findFirst({
      where: { appId: app.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, error: true },
    }),
  ]);
  return { ...view, files, env, entrypoint: app.entrypoint, draftHash: await codeHash(files), deployedVersion, lastDeployment };
}

export async function updateApp(user: CurrentUser, input: AppUpdateInput) {
  const app = await appFor(user, input.id);
  if (input.files) {
    assertEntrypoint(input.files, app.entrypoint);
    await assertStorableFiles(input.files);
  }
  if (input.env) await replaceEnv(app.id, input.env);
  const updated = await db().app.update({
    where: { id: app.id },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.files && { draftFiles: input.files }),
      ...(input.sleepSeconds !== undefined && { sleepSeconds: input.sleepSeconds }),
    },
    select: viewFields,
  });
  return toAppView(updated);
}

export async function deleteApp(by: Actor & { user: CurrentUser }, id: string): Promise<void> {
  const app = await appFor(by.user, id);
  // The row goes first: a reconcile running meanwhile then sees an orphan to remove, never an app
  // to recreate; and if the runtime fails to clean up, the next reconcile finishes the job.
  await db().app.delete({ where: { id: app.id } });
  await getRuntime().remove(app.id);
  await audit({ action: "app.deleted", by, target: { type: "app", id: app.id, name: app.slug }, detail: { ownerId: app.ownerId } });
}

/**
 * A copy of the app's draft and env under a new name, owned by the caller (an admin cloning
 * someone's app gets the copy). Secrets come over by name only: `secretsToSet` lists them.
 */
export async function cloneApp(user: CurrentUser, input: AppCloneInput) {
  const source = await appFor(user, input.id);
  await assertBelowQuota(user);
  const app = await db().app.create({
    data: {
      ownerId: user.id,
      name: input.name,
      slug: await uniqueSlug(input.name),
      draftFiles: source.draftFiles as object,
      entrypoint: source.entrypoint,
    },
    select: viewFields,
  });
  const secretsToSet = await copyEnvWithoutSecrets(source.id, app.id);
  return { ...(await toAppView(app)), secretsToSet };
}
