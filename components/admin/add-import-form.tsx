"use client";

import { Loader2Icon, PlusIcon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { checkNewImport, withImport } from "@/components/admin/imports";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/lib/trpc/react";

/** Adds one module to the allow-list, checked like the server checks it, and refused if already allowed. */
export function AddImportForm({ list, busy }: { list: readonly string[]; busy: boolean }) {
  const update = useUpdateSettings();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkNewImport(name, list);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    update.mutate(
      { allowedImports: withImport(list, checked.name) },
      {
        onSuccess: () => {
          setName("");
          toast.success(`${checked.name} is allowed`, { description: "Editors use the new list on their next check." });
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="grid content-start gap-2">
      <Label htmlFor="import-add">Add a module</Label>
      <div className="flex gap-2">
        <Input
          id="import-add"
          data-testid="import-add-input"
          placeholder="colorsys or xml.etree"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-add-error" : "import-add-hint"}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        <Button type="submit" variant="secondary" data-testid="import-add" disabled={busy}>
          {update.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : <PlusIcon aria-hidden />}
          Add
        </Button>
      </div>
      {error ? (
        <p id="import-add-error" role="alert" data-testid="import-add-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id="import-add-hint" className="text-xs text-muted-foreground">
          A dotted entry allows that module and everything under it.
        </p>
      )}
    </form>
  );
}
