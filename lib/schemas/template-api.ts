import { z } from "zod";
import { zAppId } from "@/lib/schemas/apps";

export const zTemplateId = z.string().min(1, "id is required").max(64);
export const zTemplateRef = z.object({ id: zTemplateId });

const zTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9+.-]{0,23}$/, "tags are short lowercase words (letters, digits, + . -)");

/** What people see of a template in the gallery, editable by its owner or an admin. */
export const zTemplateMeta = z.object({
  name: z.string().trim().min(1, "name is required").max(60, "name must be at most 60 characters"),
  description: z.string().trim().max(300, "description must be at most 300 characters").default(""),
  tags: z.array(zTag).max(8, "at most 8 tags").default([]),
});

/** Save an app's current draft as a template: the caller's own, or (admins) a global one. */
export const zTemplateFromApp = zTemplateMeta.extend({ appId: zAppId }).strict();
export type TemplateFromApp = z.infer<typeof zTemplateFromApp>;

export const zTemplateUpdate = zTemplateRef
  .extend({
    name: zTemplateMeta.shape.name.optional(),
    description: z.string().trim().max(300, "description must be at most 300 characters").optional(),
    tags: z.array(zTag).max(8, "at most 8 tags").optional(),
    hidden: z.boolean().optional(),
  })
  .strict();
export type TemplateUpdate = z.infer<typeof zTemplateUpdate>;
