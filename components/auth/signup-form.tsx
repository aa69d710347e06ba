"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/auth/form-field";
import { SignupNotice } from "@/components/auth/signup-notice";
import { useAuthSuccess } from "@/components/auth/use-auth-success";
import { Button } from "@/components/ui/button";
import { zCredentials } from "@/lib/schemas/auth";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

type FieldErrors = Partial<Record<"username" | "password", string>>;

export function SignupForm() {
  const trpc = useTRPC();
  const onSuccess = useAuthSuccess();
  const config = useQuery(trpc.auth.config.queryOptions());
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const signup = useMutation(trpc.auth.signup.mutationOptions({ onSuccess: (r) => onSuccess(r.user) }));
  const disabled = config.data ? !config.data.signupEnabled && config.data.hasUsers : false;

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = zCredentials.safeParse({ username, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "username" || field === "password") && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    signup.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      {config.data && <SignupNotice disabled={disabled} firstUser={!config.data.hasUsers} />}
      <fieldset disabled={disabled} className="grid gap-4 disabled:opacity-60">
        <FormField
          id="signup-username"
          data-testid="signup-username"
          label="Username"
          autoComplete="username"
          autoFocus
          required
          value={username}
          error={fieldErrors.username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <FormField
          id="signup-password"
          data-testid="signup-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          placeholder="At least 8 characters"
          value={password}
          error={fieldErrors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {signup.error && (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive">
            {errorMessage(signup.error)}
          </p>
        )}
        <Button type="submit" data-testid="signup-submit" disabled={signup.isPending || signup.isSuccess}>
          {signup.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
          Create account
        </Button>
      </fieldset>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-foreground underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
