"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/**
 * Which app to promote: one of the admin's own from the list, or any user's by its id or a link
 * to it pasted in (the apps list only shows one's own apps).
 */
export function TemplatesAppField({
  apps,
  picked,
  onPick,
  pasted,
  onPaste,
  error,
}: {
  apps: { id: string; name: string; slug: string }[];
  picked: string;
  onPick(id: string): void;
  pasted: string;
  onPaste(text: string): void;
  error?: string;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">App</legend>
      <Select value={picked} onValueChange={onPick} disabled={apps.length === 0 || pasted.trim() !== ""}>
        <SelectTrigger className="w-full" aria-label="One of your apps" data-testid="promote-template-app">
          <SelectValue placeholder={apps.length === 0 ? "You have no apps of your own" : "Pick one of your apps"} />
        </SelectTrigger>
        <SelectContent>
          {apps.map((app) => (
            <SelectItem key={app.id} value={app.id}>
              {app.name} <span className="font-mono text-xs text-muted-foreground">{app.slug}</span>
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Label htmlFor="promote-template-app-id" className="font-normal text-muted-foreground">
        or paste any user&apos;s app id, or a link to its dashboard or editor
      </Label>
      <Input
        id="promote-template-app-id"
        data-testid="promote-template-app-id"
        placeholder="…/apps/<id>"
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-xs"
        value={pasted}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "promote-template-app-error" : undefined}
        onChange={(e) => onPaste(e.target.value)}
      />
      {error && (
        <p id="promote-template-app-error" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
