"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormField } from "@/components/auth/form-field";
import { useAuthSuccess } from "@/components/auth/use-auth-success";
import { Button } from "@/components/ui/button";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

export function LoginForm() {
  const trpc = useTRPC();
  const onSuccess = useAuthSuccess();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: (r) => onSuccess(r.user) }));

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ username, password });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <FormField
        id="login-username"
        data-testid="login-username"
        label="Username"
        autoComplete="username"
        autoFocus
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <FormField
        id="login-password"
        data-testid="login-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {login.error && (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {errorMessage(login.error)}
        </p>
      )}
      <Button type="submit" data-testid="login-submit" disabled={login.isPending || login.isSuccess}>
        {login.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
        Sign in
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        No account yet?{" "}
        <Link href="/signup" className="font-medium text-foreground underline-offset-4 hover:underline">
          Create one
        </Link>
      </p>
    </form>
  );
}
