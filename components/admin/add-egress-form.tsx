"use client";

import { Loader2Icon, PlusIcon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { checkNewEgress, withEgress } from "@/components/admin/egress";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/lib/trpc/react";

/** Adds one network to the egress allow-list, checked like the server checks it. */
export function AddEgressForm({ list, busy }: { list: readonly string[]; busy: boolean }) {
  const update = useUpdateSettings();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkNewEgress(text, list);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    update.mutate(
      { egressAllowList: withEgress(list, checked.entry) },
      {
        onSuccess: () => {
          setText("");
          toast.success(`Apps may reach ${checked.entry}`, { description: "Applies to each app's next deploy on Kubernetes." });
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="grid content-start gap-2">
      <Label htmlFor="egress-add">Add a network</Label>
      <div className="flex gap-2">
        <Input
          id="egress-add"
          data-testid="egress-add-input"
          placeholder="10.0.0.0/8 or 203.0.113.7/32:443"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "egress-add-error" : "egress-add-hint"}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
        />
        <Button type="submit" variant="secondary" data-testid="egress-add" disabled={busy}>
          {update.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : <PlusIcon aria-hidden />}
          Add
        </Button>
      </div>
      {error ? (
        <p id="egress-add-error" role="alert" data-testid="egress-add-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id="egress-add-hint" className="text-xs text-muted-foreground">
          A network in CIDR notation (IPv4 or IPv6), /32 or /128 for one address; add :port to allow one TCP port only.
        </p>
      )}
    </form>
  );
}
