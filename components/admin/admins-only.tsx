import { ShieldAlertIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** What a signed-in non-admin sees at /admin (the API answers them 403). */
export function AdminsOnly() {
  return (
    <div
      role="alert"
      data-testid="admins-only"
      className="flex flex-col items-center gap-4 rounded-xl border border-dashed px-6 py-20 text-center"
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <ShieldAlertIcon className="size-6" aria-hidden />
      </span>
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Admins only</h1>
        <p className="max-w-md text-sm text-muted-foreground">
          The settings, users and audit log of this Kiln are for its administrators. Ask one of them if something here needs to change.
        </p>
      </div>
      <Button variant="outline" asChild>
        <Link href="/">Back to your apps</Link>
      </Button>
    </div>
  );
}
