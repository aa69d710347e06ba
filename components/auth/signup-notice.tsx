import { InfoIcon, LockIcon } from "lucide-react";

export function SignupNotice({ disabled, firstUser }: { disabled: boolean; firstUser: boolean }) {
  if (disabled) {
    return (
      <p role="status" className="flex gap-2 rounded-md border bg-muted px-3 py-2 text-sm text-muted-foreground">
        <LockIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
        Sign-up is turned off on this Kiln. Ask an admin to create an account for you, or turn sign-up on in the admin settings.
      </p>
    );
  }
  if (firstUser) {
    return (
      <p role="status" className="flex gap-2 rounded-md border border-primary/30 bg-primary/10 px-3 py-2 text-sm">
        <InfoIcon className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
        You are the first person here: this account becomes the administrator.
      </p>
    );
  }
  return null;
}
