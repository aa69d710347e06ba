/** Where a template comes from, as the admin table and the gallery name it. */

export type TemplateOrigin = "kiln" | "promoted" | "user";

export const ORIGIN_LABELS: Record<TemplateOrigin, string> = {
  kiln: "Kiln's own",
  promoted: "Promoted",
  user: "User",
};

/** Kiln's own come from templates/ on disk; an app made global by an admin is promoted; the rest are people's own. */
export function templateOrigin(t: { scope: string; source: string }): TemplateOrigin {
  if (t.scope === "user") return "user";
  return t.source === "disk" ? "kiln" : "promoted";
}

/** Kiln's own templates cannot be deleted (the server answers 409): only hidden. */
export function deletable(t: { scope: string; source: string }): boolean {
  return templateOrigin(t) !== "kiln";
}

/** Hiding only means something for global templates: a user's own are only ever shown to them. */
export function hideable(t: { scope: string }): boolean {
  return t.scope === "global";
}
