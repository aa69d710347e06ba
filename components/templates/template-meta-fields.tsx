"use client";

import { FormField } from "@/components/auth/form-field";
import type { TemplateForm } from "@/components/templates/use-template-form";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

/** The name, description and tags of a template, shared by save-as-template, edit and promote. */
export function TemplateMetaFields({ form, idPrefix }: { form: TemplateForm; idPrefix: string }) {
  const { values, errors, change } = form;
  const descriptionId = `${idPrefix}-description`;
  return (
    <>
      <FormField
        id={`${idPrefix}-name`}
        data-testid={`${idPrefix}-name`}
        label="Name"
        autoComplete="off"
        maxLength={60}
        value={values.name}
        error={errors.name}
        onChange={(e) => change({ name: e.target.value })}
      />
      <div className="grid gap-2">
        <Label htmlFor={descriptionId}>Description</Label>
        <Textarea
          id={descriptionId}
          data-testid={descriptionId}
          rows={3}
          maxLength={300}
          placeholder="What it shows, in a sentence or two"
          value={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${descriptionId}-error` : undefined}
          onChange={(e) => change({ description: e.target.value })}
        />
        {errors.description && (
          <p id={`${descriptionId}-error`} className="text-sm text-destructive">
            {errors.description}
          </p>
        )}
      </div>
      <div className="grid gap-1">
        <FormField
          id={`${idPrefix}-tags`}
          data-testid={`${idPrefix}-tags`}
          label="Tags"
          autoComplete="off"
          spellCheck={false}
          placeholder="fastapi, api"
          value={values.tagsText}
          error={errors.tags}
          onChange={(e) => change({ tagsText: e.target.value })}
        />
        {!errors.tags && <p className="text-xs text-muted-foreground">Up to 8, separated by commas or spaces.</p>}
      </div>
      {errors.form && (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {errors.form}
        </p>
      )}
    </>
  );
}
