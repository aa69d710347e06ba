import { TriangleAlertIcon } from "lucide-react";

/** Secrets known by name but without a value (a clone's): the app runs without them until they are entered. */
export function UnsetSecretsNote({ names }: { names: string[] }) {
  return (
    <p
      role="status"
      data-testid="env-unset-note"
      className="mb-3 flex gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-xs text-warning"
    >
      <TriangleAlertIcon className="mt-px size-3.5 shrink-0" aria-hidden />
      <span>
        {names.length === 1 ? "1 secret is" : `${names.length} secrets are`} not set: <span className="font-mono">{names.join(", ")}</span>.
        Enter {names.length === 1 ? "a value" : "values"} below; until then the app runs without {names.length === 1 ? "it" : "them"}.
      </span>
    </p>
  );
}
