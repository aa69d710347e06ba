/**
 * Templates (issues #5, #6): the gallery (global templates plus the caller's own), creating an
 * app from one, saving an app as one, and the admin's curation (hide/show, edit, delete,
 * promote an app to a global template). Visibility: global templates to everyone signed in
 * (hidden ones to admins only), user templates to their owner and admins; anything else is
 * the same 404 as a missing template.
 */
import { randomUUID } from "node:crypto";
import type { TemplateFromApp, TemplateUpdate } from "@/lib/schemas/template-api";
import { type CurrentUser, isAdmin, mayActOn } from "@/server/auth/policy";
import { db } from "@/server/db";
import { Conflict, NotFound } from "@/server/errors";
import { appFor } from "@/server/services/access";
import { type Actor, audit } from "@/server/services/audit";
import { diskTemplates, syncDiskTemplates } from "@/server/services/template-disk";
import { assertStorableFiles } from "@/server/services/validation";

const fields = {
  id: true,
  scope: true,
  source: true,
  ownerId: true,
  name: true,
  description: true,
  tags: true,
  complexity: true,
  needsDatabase: true,
  smoke: true,
  hidden: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { username: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

function findRow(id: string) {
  return db().template.findUnique({ where: { id }, select: { ...fields, files: true } });
}

function view({ owner, ...t }: Omit<Row, "files">) {
  return {
    ...t,
    scope: t.scope === "user" ? ("user" as const) : ("global" as const),
    tags: (t.tags ?? []) as string[],
    smoke: (t.smoke ?? null) as { method: string; path: string; status: number } | null,
    owner: owner?.username ?? null,
  };
}
export type TemplateView = ReturnType<typeof view>;

function visibleTo(user: CurrentUser, t: { scope: string; ownerId: string | null; hidden: boolean }): boolean {
  if (t.scope === "user") return t.ownerId !== null && mayActOn(user, t.ownerId);
  return !t.hidden || isAdmin(user);
}

async function filesOf(t: Row): Promise<Record<string, string>> {
  if (t.source === "disk") {
    const disk = (await diskTemplates()).get(t.id);
    if (!disk) throw NotFound("Template");
    return disk.files;
  }
  return (t.files ?? {}) as Record<string, string>;
}

/** The gallery: visible global templates, then the caller's own. */
export async function listTemplates(user: CurrentUser) {
  await syncDiskTemplates();
  const rows = await db().template.findMany({
    where: {
      OR: [
        { scope: "global", hidden: false },
        { scope: "user", ownerId: user.id },
      ],
    },
    select: fields,
    orderBy: [{ scope: "asc" }, { name: "asc" }],
  });
  return { templates: rows.map(view) };
}

/** For admins: every template, hidden ones and every user's included. */
export async function listAllTemplates() {
  await syncDiskTemplates();
  const rows = await db().template.findMany({ select: fields, orderBy: [{ scope: "asc" }, { name: "asc" }] });
  return { templates: rows.map(view) };
}

async function visibleTemplate(user: CurrentUser, id: string): Promise<Row> {
  await syncDiskTemplates();
  const t = await findRow(id);
  if (!t || !visibleTo(user, t)) throw NotFound("Template");
  return t;
}

/** One template with its files (the gallery's preview). */
export async function getTemplate(user: CurrentUser, id: string) {
  const t = await visibleTemplate(user, id);
  return { ...view(t), files: await filesOf(t) };
}

/** The files a new app starts with, for `POST /apps {template}`. */
export async function templateFilesFor(user: CurrentUser, id: string): Promise<Record<string, string>> {
  return { ...(await filesOf(await visibleTemplate(user, id))) };
}

async function createFromApp(user: CurrentUser, input: TemplateFromApp, scope: "user" | "global") {
  const app = await appFor(user, input.appId);
  const files = app.draftFiles as Record<string, string>;
  await assertStorableFiles(files);
  const row = await db().template.create({
    data: {
      id: randomUUID(),
      scope,
      source: "app",
      ownerId: scope === "user" ? app.ownerId : null,
      name: input.name,
      description: input.description,
      tags: input.tags,
      files,
    },
    select: fields,
  });
  return view(row);
}

/** "Save as template": a template of the app owner's own, from the app's current draft. */
export function saveAppAsTemplate(user: CurrentUser, input: TemplateFromApp) {
  return createFromApp(user, input, "user");
}

/** Admins: an app (anyone's) becomes a global template. */
export async function promoteAppToTemplate(by: Actor & { user: CurrentUser }, input: TemplateFromApp) {
  const t = await createFromApp(by.user, input, "global");
  await audit({
    action: "admin.template_promoted",
    by,
    target: { type: "template", id: t.id, name: t.name },
    detail: { appId: input.appId },
  });
  return t;
}

/** Owners edit their own templates; admins edit any (and hide/show globals). */
export async function updateTemplate(by: Actor & { user: CurrentUser }, input: TemplateUpdate) {
  const t = await visibleTemplate(by.user, input.id);
  if (t.scope === "global" && !isAdmin(by.user)) throw NotFound("Template");
  const words = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.tags !== undefined && { tags: input.tags }),
  };
  const row = await db().template.update({
    where: { id: t.id },
    data: { ...words, ...(input.hidden !== undefined && { hidden: input.hidden }), ...(Object.keys(words).length > 0 && { edited: true }) },
    select: fields,
  });
  if (isAdmin(by.user)) {
    const { id: _id, ...changes } = input;
    await audit({ action: "admin.template_updated", by, target: { type: "template", id: t.id, name: row.name }, detail: changes });
  }
  return view(row);
}

/** Deletes a user template or a promoted one; Kiln's own (disk) templates can only be hidden. */
export async function deleteTemplate(by: Actor & { user: CurrentUser }, id: string): Promise<void> {
  const t = await visibleTemplate(by.user, id);
  if (t.scope === "global" && !isAdmin(by.user)) throw NotFound("Template");
  if (t.source === "disk") throw Conflict(`"${t.name}" comes with Kiln (templates/${t.id}); hide it instead of deleting it`);
  await db().template.delete({ where: { id: t.id } });
  if (isAdmin(by.user))
    await audit({
      action: "admin.template_deleted",
      by,
      target: { type: "template", id: t.id, name: t.name },
      detail: { scope: t.scope, owner: t.owner?.username ?? null },
    });
}
