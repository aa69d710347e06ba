import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AuthGate } from "@/components/auth/auth-gate";

/** The browser session cookie set by the API (server/auth/tokens.ts). */
const SESSION_COOKIE = "kiln_session";

export default async function MainLayout({ children }: { children: ReactNode }) {
  // No cookie at all: go to the login page before rendering anything. A stale cookie is caught
  // client-side by AuthGate (auth.me answers null) and by any UNAUTHORIZED answer.
  if (!(await cookies()).has(SESSION_COOKIE)) redirect("/login");
  return <AuthGate>{children}</AuthGate>;
}
