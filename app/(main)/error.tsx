"use client";

import { Button } from "@/components/ui/button";

/** Last-resort boundary for the signed-in area: say what broke and offer a retry. */
export default function MainError({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof Error && error.message ? error.message : "An unexpected error occurred while showing this page.";
  return (
    <main role="alert" className="flex min-h-full flex-col items-center justify-center gap-4 px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="max-w-md text-sm text-muted-foreground">{message}</p>
      <div className="flex gap-2">
        <Button onClick={() => retry()}>Try again</Button>
        <Button variant="outline" asChild>
          <a href="/">Back to your apps</a>
        </Button>
      </div>
    </main>
  );
}
