/**
 * Templates that come with Kiln: templates/<id>/manifest.json plus the app's files. Read once
 * per process (they ship with the code), and mirrored into the Template table so admins can
 * hide them or change what the gallery says; a manifest change updates the mirror unless an
 * admin edited it. A folder that disappeared takes its row with it.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { type TemplateManifest, zTemplateManifest } from "@/lib/schemas/templates";
import { db } from "@/server/db";
import { env } from "@/server/env";

export interface DiskTemplate {
  id: string;
  manifest: TemplateManifest;
  files: Record<string, string>;
}

async function readFiles(dir: string, base = dir, out: Record<string, string> = {}): Promise<Record<string, string>> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    // Leftovers of running a template locally (__pycache__, .ruff_cache, editor files) are not part of it.
    if (entry.name.startsWith(".") || entry.name === "__pycache__") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await readFiles(full, base, out);
    else if (entry.isFile() && !(dir === base && entry.name === "manifest.json")) {
      out[path.relative(base, full).split(path.sep).join("/")] = await fs.readFile(full, "utf8");
    }
  }
  return out;
}

async function readManifest(file: string): Promise<{ ok: true; manifest: TemplateManifest } | { ok: false; problem: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (e) {
    return { ok: false, problem: (e as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : "is not valid JSON" };
  }
  const parsed = zTemplateManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `is invalid (${issue?.path.join(".") || "(root)"}: ${issue?.message})` };
  }
  return { ok: true, manifest: parsed.data };
}

async function load(): Promise<Map<string, DiskTemplate>> {
  const root = env().templatesDir;
  const out = new Map<string, DiskTemplate>();
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, entry.name);
    const parsed = await readManifest(path.join(dir, "manifest.json"));
    if (!parsed.ok) {
      // A broken template must not take the gallery down; it is left out and named once.
      console.warn(`[kiln] templates/${entry.name}/manifest.json ${parsed.problem}; the template is left out`);
      continue;
    }
    out.set(entry.name, { id: entry.name, manifest: parsed.manifest, files: await readFiles(dir) });
  }
  return out;
}

const g = globalThis as typeof globalThis & {
  __kilnDiskTemplates?: Promise<Map<string, DiskTemplate>>;
  __kilnTemplatesSynced?: Promise<void>;
};

export function diskTemplates(): Promise<Map<string, DiskTemplate>> {
  g.__kilnDiskTemplates ??= load();
  return g.__kilnDiskTemplates;
}

async function sync(): Promise<void> {
  const disk = await diskTemplates();
  const rows = await db().template.findMany({ where: { source: "disk" }, select: { id: true, edited: true } });
  const known = new Map(rows.map((r) => [r.id, r]));
  for (const t of disk.values()) {
    const fromManifest = {
      complexity: t.manifest.complexity,
      needsDatabase: t.manifest.needs_database,
      smoke: t.manifest.smoke as object,
    };
    const words = { name: t.manifest.name, description: t.manifest.description, tags: t.manifest.tags };
    const row = known.get(t.id);
    if (!row) {
      // Another Kiln replica mirroring at the same moment may create it first: that row will do.
      await db()
        .template.create({ data: { id: t.id, scope: "global", source: "disk", ...words, ...fromManifest } })
        .catch((e: unknown) => {
          if ((e as { code?: string }).code !== "P2002") throw e;
        });
    } else await db().template.update({ where: { id: t.id }, data: { ...fromManifest, ...(!row.edited && words) } });
  }
  const gone = rows.filter((r) => !disk.has(r.id)).map((r) => r.id);
  if (gone.length > 0) await db().template.deleteMany({ where: { id: { in: gone } } });
}

/** Mirrors the disk templates into the table once per process (again after a failure). */
export function syncDiskTemplates(): Promise<void> {
  if (!g.__kilnTemplatesSynced) {
    g.__kilnTemplatesSynced = sync();
    g.__kilnTemplatesSynced.catch(() => {
      g.__kilnTemplatesSynced = undefined;
    });
  }
  return g.__kilnTemplatesSynced;
}
