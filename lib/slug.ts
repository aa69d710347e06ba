/** "My Todo API!" → "my-todo-api". Slugs are DNS labels: they become {slug}.{appsDomain}. */
export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return s || "app";
}

export const RESERVED_SLUGS = new Set(["www", "api", "admin", "kiln", "app", "apps", "static", "assets", "localhost"]);
