/** The starter templates on disk (templates/<id>/): ids, manifests and the app files, for the template tests. */
import fs from "node:fs";
import path from "node:path";

export const TEMPLATES_DIR = path.resolve(import.meta.dirname, "..", "..", "templates");

/** Every template folder, sorted. */
export function templateIds(): string[] {
  return fs
    .readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** manifest.json as written, unparsed: the schema test decides whether it is valid. */
export function readManifest(id: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, id, "manifest.json"), "utf8"));
}

/** The app a template creates: every file under its folder except manifest.json, with `/` paths. */
export function templateFiles(id: string): Record<string, string> {
  const dir = path.join(TEMPLATES_DIR, id);
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (name !== "manifest.json") files[name] = fs.readFileSync(path.join(dir, name), "utf8");
  }
  return files;
}
