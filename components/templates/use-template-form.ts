"use client";

import { useState } from "react";
import { parseTemplateForm, type TemplateFormErrors, type TemplateFormValues, type TemplateMeta } from "@/lib/templates/form";

/** Name, description and tags as typed, their errors, and the check the server would make. */
export function useTemplateForm(initial: TemplateFormValues) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TemplateFormErrors>({});
  return {
    values,
    errors,
    setErrors,
    change: (patch: Partial<TemplateFormValues>) => setValues((v) => ({ ...v, ...patch })),
    reset: (next: TemplateFormValues = initial) => {
      setValues(next);
      setErrors({});
    },
    /** The values to send, or null after showing what is wrong. */
    validate: (): TemplateMeta | null => {
      const parsed = parseTemplateForm(values);
      setErrors(parsed.ok ? {} : parsed.errors);
      return parsed.ok ? parsed.value : null;
    },
  };
}

export type TemplateForm = ReturnType<typeof useTemplateForm>;
