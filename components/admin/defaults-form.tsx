"use client";

import { Loader2Icon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import {
  type DefaultsErrors,
  type DefaultsSettings,
  type DefaultsValues,
  parseDefaults,
  serverFieldErrors,
  toFormValues,
} from "@/components/admin/general-form";
import { NumberField } from "@/components/admin/number-field";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { SectionCard } from "@/components/shared/section-card";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { errorMessage } from "@/lib/trpc/react";

const same = (a: DefaultsValues, b: DefaultsValues) => JSON.stringify(a) === JSON.stringify(b);

function detailsOf(error: unknown): unknown {
  return (error as { data?: { details?: unknown } } | null)?.data?.details;
}

/** Sleep timeout, resources and the apps-per-user limit, saved together with one button. */
export function DefaultsForm({ settings }: { settings: DefaultsSettings }) {
  const server = toFormValues(settings);
  const [base, setBase] = useState(server);
  const [values, setValues] = useState(server);
  const [errors, setErrors] = useState<DefaultsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateSettings();
  const dirty = !same(values, base);
  // Someone changed the settings elsewhere while this form was untouched: show theirs.
  if (!dirty && !same(base, server)) {
    setBase(server);
    setValues(server);
  }

  const set = (patch: Partial<DefaultsValues>) => setValues((v) => ({ ...v, ...patch }));

  function discard() {
    setValues(base);
    setErrors({});
    setFormError(null);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseDefaults(values);
    setFormError(null);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    update.mutate(parsed.patch, {
      onSuccess: (saved) => {
        const next = toFormValues(saved);
        setBase(next);
        setValues(next);
        toast.success("Defaults saved", { description: "New deployments use them from now on." });
      },
      onError: (error) => {
        const fromServer = serverFieldErrors(detailsOf(error));
        setErrors(fromServer.errors);
        const fieldless = Object.keys(fromServer.errors).length === 0;
        setFormError(fromServer.other.join("; ") || (fieldless ? errorMessage(error) : null));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="defaults-form">
      <SectionCard
        title="Defaults for apps"
        description="What every app gets; resources apply when an app is next deployed."
        footer={
          <>
            {formError && (
              <p role="alert" className="mr-auto text-sm text-destructive">
                {formError}
              </p>
            )}
            <Button variant="outline" size="sm" onClick={discard} disabled={!dirty || update.isPending}>
              Discard
            </Button>
            <Button type="submit" size="sm" data-testid="defaults-save" disabled={!dirty || update.isPending}>
              {update.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
              Save defaults
            </Button>
          </>
        }
      >
        <div className="grid gap-6 p-4 sm:grid-cols-2">
          <NumberField
            id="default-sleep"
            data-testid="default-sleep"
            label="Sleep after"
            unit="minutes"
            min={1}
            step="any"
            value={values.sleepNever ? "" : values.sleepMinutes}
            placeholder={values.sleepNever ? "Never" : undefined}
            disabled={values.sleepNever}
            error={errors.sleep}
            onChange={(e) => set({ sleepMinutes: e.target.value })}
            hint="An app with no requests for this long sleeps, and wakes on its next request."
            extra={
              <div className="flex items-center gap-2">
                <Switch
                  id="default-sleep-never"
                  data-testid="default-sleep-never"
                  checked={values.sleepNever}
                  onCheckedChange={(never) => set({ sleepNever: never })}
                />
                <Label htmlFor="default-sleep-never" className="font-normal">
                  Never
                </Label>
              </div>
            }
          />
          <NumberField
            id="default-memory"
            data-testid="default-memory"
            label="Memory per app"
            unit="MB"
            min={64}
            value={values.memoryMb}
            error={errors.memoryMb}
            onChange={(e) => set({ memoryMb: e.target.value })}
            hint="The memory limit of each app: 64 to 65,536 MB."
          />
          <NumberField
            id="default-cpu"
            data-testid="default-cpu"
            label="CPU per app"
            unit="millicores"
            min={50}
            value={values.cpuMillis}
            error={errors.cpuMillis}
            onChange={(e) => set({ cpuMillis: e.target.value })}
            hint="1,000 millicores is one core: 50 to 64,000."
          />
          <NumberField
            id="max-apps"
            data-testid="max-apps"
            label="Apps per user"
            unit="apps"
            min={1}
            value={values.maxAppsPerUser}
            error={errors.maxAppsPerUser}
            onChange={(e) => set({ maxAppsPerUser: e.target.value })}
            hint="The most apps one account may own, admins included: 1 to 10,000."
          />
        </div>
      </SectionCard>
    </form>
  );
}
