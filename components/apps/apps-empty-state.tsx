import { FlameIcon } from "lucide-react";
import { NewAppDialog } from "@/components/apps/new-app-dialog";

export function AppsEmptyState() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-dashed px-6 py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-primary/10 text-primary">
        <FlameIcon className="size-6" aria-hidden />
      </span>
      <div className="grid gap-1">
        <h2 className="text-lg font-semibold">No apps yet</h2>
        <p className="max-w-sm text-sm text-muted-foreground">
          Create an app, write a FastAPI endpoint in the editor and press Deploy. It is live in about a second.
        </p>
      </div>
      <NewAppDialog size="lg" />
    </div>
  );
}
