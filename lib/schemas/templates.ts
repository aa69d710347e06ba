import { z } from "zod";

// templates/<id>/manifest.json: what the gallery shows of a starter app, and the one request
// CI sends to prove the app deploys and answers (tests/integration/templates.test.ts).

/** A template's id is its folder name under templates/. */
export const zTemplateFolderId = z
  .string()
  .max(64, "template ids are at most 64 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "template ids are kebab-case folder names: lowercase letters and digits joined by single '-'");

export const TEMPLATE_COMPLEXITIES = ["starter", "intermediate", "advanced"] as const;
export type TemplateComplexity = (typeof TEMPLATE_COMPLEXITIES)[number];

/** Every template is built on exactly one of these; its tags say which. */
export const TEMPLATE_FRAMEWORKS = ["fastapi", "fasthtml"] as const;

/** Same shape as the gallery's editable tags (lib/schemas/template-api.ts), minus the normalising. */
const zTag = z
  .string()
  .regex(/^[a-z0-9][a-z0-9+.-]{0,23}$/, "tags are short lowercase words (letters, digits, + . -; at most 24 characters)");

export const zTemplateSmoke = z
  .object({
    method: z.enum(["GET", "POST"], { error: "smoke.method must be GET or POST" }),
    path: z
      .string({ error: "smoke.path is required" })
      .max(2048, "smoke.path must be at most 2048 characters")
      .startsWith("/", "smoke.path must start with '/'")
      .refine((p) => !p.startsWith("/__kiln/"), "smoke.path may not use /__kiln/: it is reserved for Kiln"),
    status: z
      .number({ error: "smoke.status is required (the HTTP status the app must answer)" })
      .int("smoke.status must be an integer")
      .min(100, "smoke.status must be an HTTP status (100-599)")
      .max(599, "smoke.status must be an HTTP status (100-599)"),
    /** Sent as JSON (content-type: application/json); only with POST. */
    body: z.json().optional(),
    /** Text the response body must contain, to tell the app's answer from any other 200. */
    contains: z
      .string()
      .min(1, "smoke.contains, when given, must not be empty")
      .max(200, "smoke.contains must be at most 200 characters")
      .optional(),
  })
  .strict()
  .refine((s) => s.body === undefined || s.method === "POST", { message: "smoke.body is only sent with POST", path: ["body"] });
export type TemplateSmoke = z.infer<typeof zTemplateSmoke>;

export const zTemplateManifest = z
  .object({
    name: z.string({ error: "name is required" }).trim().min(1, "name is required").max(60, "name must be at most 60 characters"),
    /** One or two sentences for the gallery card. */
    description: z
      .string({ error: "description is required" })
      .trim()
      .min(10, "description must say what the template shows (at least 10 characters)")
      .max(300, "description must be at most 300 characters"),
    tags: z
      .array(zTag, { error: "tags must be a list of strings" })
      .min(1, "give at least one tag")
      .max(8, "at most 8 tags")
      .refine((tags) => new Set(tags).size === tags.length, "tags must not repeat")
      .refine(
        (tags) => tags.filter((t) => (TEMPLATE_FRAMEWORKS as readonly string[]).includes(t)).length === 1,
        `tags must name exactly one framework: ${TEMPLATE_FRAMEWORKS.join(" or ")}`,
      ),
    complexity: z.enum(TEMPLATE_COMPLEXITIES, { error: `complexity must be one of ${TEMPLATE_COMPLEXITIES.join(", ")}` }),
    /** True when the app reads PLATFORM_MONGO_URI: the gallery warns when Kiln has no MongoDB. */
    needs_database: z.boolean({ error: "needs_database must be true or false" }),
    smoke: zTemplateSmoke,
  })
  .strict()
  .refine((m) => !m.needs_database || m.tags.includes("mongo"), {
    message: "a template with needs_database: true is tagged `mongo`",
    path: ["tags"],
  });
export type TemplateManifest = z.infer<typeof zTemplateManifest>;
