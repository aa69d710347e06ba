import type { ReactNode } from "react";
import { RedirectIfSignedIn } from "@/components/auth/redirect-if-signed-in";
import { KilnLogo } from "@/components/layout/kiln-logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-full flex-col items-center justify-center gap-8 bg-muted/40 px-4 py-12">
      <RedirectIfSignedIn />
      <KilnLogo className="text-xl" href="/login" />
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
