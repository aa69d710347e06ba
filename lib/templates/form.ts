import { zTemplateMeta } from "@/lib/schemas/template-api";
import { parseTags } from "@/lib/templates/tags";

/** What the save-as-template, edit and promote forms hold: tags as one line of text. */
export interface TemplateFormValues {
  name: string;
  description: string;
  tagsText: string;
}

export type TemplateFormField = "name" | "description" | "tags";
export type TemplateFormErrors = Partial<Record<TemplateFormField | "form", string>>;

export interface TemplateMeta {
  name: string;
  description: string;
  tags: string[];
}

const FIELDS: readonly string[] = ["name", "description", "tags"];

/**
 * Checks the form with the server's own schema (lib/schemas/template-api.ts), so the browser
 * refuses exactly what the server would, naming the field and, for tags, the tag.
 */
export function parseTemplateForm(
  values: TemplateFormValues,
): { ok: true; value: TemplateMeta } | { ok: false; errors: TemplateFormErrors } {
  const tags = parseTags(values.tagsText);
  const parsed = zTemplateMeta.safeParse({ name: values.name, description: values.description, tags });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: TemplateFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    const key = (FIELDS.includes(field) ? field : "form") as TemplateFormField | "form";
    const index = issue.path[1];
    const message = key === "tags" && typeof index === "number" ? `“${tags[index]}”: ${issue.message}` : issue.message;
    errors[key] ??= message;
  }
  return { ok: false, errors };
}

/**
 * The server's message spread over the fields it names (input errors read `name: …; tags.1: …`);
 * anything else (a 404 app, a size limit) belongs to the whole form.
 */
export function templateErrorsFromServer(message: string): TemplateFormErrors {
  const parts = message.split("; ").map((part) => /^([a-zA-Z]+)(?:\.\d+)?: (.+)$/.exec(part));
  if (parts.length > 0 && parts.every((m) => m !== null && FIELDS.includes(m[1] ?? ""))) {
    const errors: TemplateFormErrors = {};
    for (const m of parts) errors[m?.[1] as TemplateFormField] ??= m?.[2] ?? "";
    return errors;
  }
  return { form: message };
}
