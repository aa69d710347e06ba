import Link from "next/link";
import { KilnLogo } from "@/components/layout/kiln-logo";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-full flex-col items-center justify-center gap-6 px-4 py-16 text-center">
      <KilnLogo className="text-lg" />
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-sm text-muted-foreground">There is nothing at this address.</p>
      </div>
      <Button asChild variant="outline">
        <Link href="/">Back to your apps</Link>
      </Button>
    </main>
  );
}
