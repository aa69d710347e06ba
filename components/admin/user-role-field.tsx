"use client";

import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const ROLES = [
  { value: "user", label: "Member", hint: "Writes and runs their own apps." },
  { value: "admin", label: "Admin", hint: "Also manages users, settings and the audit log." },
] as const;

export function UserRoleField({
  value,
  onChange,
  error,
}: {
  value: "user" | "admin";
  onChange(role: "user" | "admin"): void;
  error?: string;
}) {
  const hint = ROLES.find((r) => r.value === value)?.hint;
  return (
    <div className="grid gap-2">
      <Label htmlFor="create-user-role">Role</Label>
      <Select value={value} onValueChange={(v) => onChange(v === "admin" ? "admin" : "user")}>
        <SelectTrigger
          id="create-user-role"
          data-testid="create-user-role"
          className="w-full"
          aria-invalid={error ? true : undefined}
          aria-describedby="create-user-role-hint"
        >
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {ROLES.map((r) => (
            <SelectItem key={r.value} value={r.value} data-testid={`create-user-role-${r.value}`}>
              {r.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p id="create-user-role-hint" className={error ? "text-sm text-destructive" : "text-xs text-muted-foreground"}>
        {error ?? hint}
      </p>
    </div>
  );
}
