"use client";

import { Loader2Icon, RotateCcwIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/trpc/react";
import { DEFAULT_ALLOWED_IMPORTS } from "@/lib/validator/defaults";

function sample(names: string[]): string {
  return names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

/** "Reset to default", behind a confirmation that says what goes and what comes back. */
export function ResetImportsDialog({ added, removed, busy }: { added: string[]; removed: string[]; busy: boolean }) {
  const update = useUpdateSettings();
  const [open, setOpen] = useState(false);
  const changed = added.length + removed.length > 0;

  function reset() {
    update.mutate(
      { allowedImports: [...DEFAULT_ALLOWED_IMPORTS] },
      {
        onSuccess: () => {
          setOpen(false);
          toast.success("Allowed imports reset", { description: `Back to Kiln's ${DEFAULT_ALLOWED_IMPORTS.length} default modules.` });
        },
        onError: (e) => toast.error("Could not reset the allowed imports", { description: errorMessage(e) }),
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" data-testid="imports-reset" disabled={!changed || busy}>
          <RotateCcwIcon aria-hidden /> Reset to default
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reset the allowed imports?</DialogTitle>
          <DialogDescription>The list goes back to Kiln&apos;s {DEFAULT_ALLOWED_IMPORTS.length} default modules.</DialogDescription>
        </DialogHeader>
        <ul className="grid gap-1.5 text-sm">
          {added.length > 0 && (
            <li>
              No longer allowed: <span className="font-mono">{sample(added)}</span>
            </li>
          )}
          {removed.length > 0 && (
            <li>
              Allowed again: <span className="font-mono">{sample(removed)}</span>
            </li>
          )}
        </ul>
        <p className="text-xs text-muted-foreground">Code that imports a module no longer allowed fails validation at its next deploy.</p>
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button data-testid="imports-reset-confirm" disabled={update.isPending} onClick={reset}>
            {update.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Reset to default
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
