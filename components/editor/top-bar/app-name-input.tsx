"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { PencilIcon } from "lucide-react";
import { type KeyboardEvent, useState } from "react";
import { toast } from "sonner";
import { zAppName } from "@/lib/schemas/apps";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** The app's name; click (or Enter on it) to rename inline. Enter or blur saves, Escape cancels. */
export function AppNameInput({ appId, name }: { appId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const rename = useMutation(
    trpc.apps.update.mutationOptions({
      onSuccess: (app) => {
        queryClient.setQueryData(trpc.apps.get.queryKey({ id: appId }), (old) => (old ? { ...old, name: app.name } : old));
        void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
      },
      onError: (e) => toast.error("Could not rename the app", { description: errorMessage(e) }),
    }),
  );

  function commit() {
    setEditing(false);
    const parsed = zAppName.safeParse(value);
    if (!parsed.success) {
      toast.error("Could not rename the app", { description: parsed.error.issues[0]?.message });
      return setValue(name);
    }
    if (parsed.data !== name) rename.mutate({ id: appId, name: parsed.data });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") e.currentTarget.blur();
    if (e.key === "Escape") {
      setValue(name);
      setEditing(false);
    }
  }

  const shown = rename.isPending ? (rename.variables?.name ?? name) : name;
  if (editing) {
    return (
      <input
        aria-label="App name"
        data-testid="app-name-input"
        className="h-8 w-56 min-w-0 rounded-md border border-input bg-background px-2 text-sm font-semibold outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
        value={value}
        maxLength={60}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    );
  }
  return (
    <button
      type="button"
      data-testid="app-name"
      title="Rename"
      className="group inline-flex h-8 min-w-0 items-center gap-1.5 rounded-md px-2 text-sm font-semibold outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
      onClick={() => {
        setValue(name);
        setEditing(true);
      }}
    >
      <span className="truncate">{shown}</span>
      <PencilIcon
        className="size-3 shrink-0 opacity-0 transition-opacity group-hover:opacity-60 group-focus-visible:opacity-60"
        aria-hidden
      />
      <span className="sr-only">Rename app</span>
    </button>
  );
}
