"use client";

import { toast } from "sonner";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { SectionCard } from "@/components/shared/section-card";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { errorMessage } from "@/lib/trpc/react";

/** Open or close self-service sign-up; saved as soon as it is switched. */
export function SignupCard({ enabled }: { enabled: boolean }) {
  const update = useUpdateSettings();
  // While saving, show where the switch is going.
  const checked = update.isPending && update.variables.signupEnabled !== undefined ? update.variables.signupEnabled : enabled;

  function toggle(next: boolean) {
    update.mutate(
      { signupEnabled: next },
      {
        onSuccess: () =>
          toast.success(next ? "Sign-up turned on" : "Sign-up turned off", {
            description: next ? "Anyone who can reach this Kiln can create an account." : "Only admins can create accounts now.",
          }),
        onError: (e) => toast.error("Could not change sign-up", { description: errorMessage(e) }),
      },
    );
  }

  return (
    <SectionCard title="Sign-up" description="Who can create an account on this Kiln.">
      <div className="flex items-start justify-between gap-6 px-4 py-4">
        <div className="grid gap-1.5">
          <Label htmlFor="signup-enabled">Let people sign up on their own</Label>
          <p className="max-w-prose text-xs text-muted-foreground">
            Turning sign-up off doesn&apos;t stop admins creating users (in Users), and existing accounts keep signing in.
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <span className="text-sm text-muted-foreground" data-testid="signup-state" aria-hidden>
            {checked ? "On" : "Off"}
          </span>
          <Switch id="signup-enabled" data-testid="signup-switch" checked={checked} disabled={update.isPending} onCheckedChange={toggle} />
        </div>
      </div>
    </SectionCard>
  );
}
