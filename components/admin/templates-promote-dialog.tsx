"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowUpFromLineIcon, Loader2Icon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { TemplatesAppField } from "@/components/admin/templates-app-field";
import { useRefreshTemplates } from "@/components/admin/templates-mutations";
import { TemplateMetaFields } from "@/components/templates/template-meta-fields";
import { useTemplateForm } from "@/components/templates/use-template-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { appIdFromInput } from "@/lib/templates/app-ref";
import { templateErrorsFromServer } from "@/lib/templates/form";
import { errorMessage, trpcErrorCode, useTRPC } from "@/lib/trpc/react";

/** "Promote an app to a global template": any user's app's draft becomes a template everyone sees. */
export function TemplatesPromoteDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" data-testid="promote-template-button">
          <ArrowUpFromLineIcon aria-hidden /> Promote an app
        </Button>
      </DialogTrigger>
      <DialogContent data-testid="promote-template-dialog">
        <PromoteForm onClose={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function PromoteForm({ onClose }: { onClose(): void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTemplates();
  const apps = useQuery(trpc.apps.list.queryOptions());
  const [picked, setPicked] = useState("");
  const [pasted, setPasted] = useState("");
  const [appError, setAppError] = useState<string | undefined>();
  const form = useTemplateForm({ name: "", description: "", tagsText: "" });
  const promote = useMutation(
    trpc.admin.promoteTemplate.mutationOptions({
      onSuccess: (t) => {
        toast.success(`“${t.name}” is now a global template`, { description: "Everyone sees it in the New app gallery." });
        onClose();
      },
      onError: (e) => {
        const message = errorMessage(e);
        if (trpcErrorCode(e) === "NOT_FOUND") setAppError("No app with this id");
        else if (message.startsWith("appId: ")) setAppError(message.slice("appId: ".length));
        else form.setErrors(templateErrorsFromServer(message));
      },
      onSettled: () => refresh(),
    }),
  );

  function pick(id: string) {
    setPicked(id);
    setAppError(undefined);
    const app = apps.data?.apps.find((a) => a.id === id);
    if (app && form.values.name.trim() === "") form.change({ name: app.name });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const appId = pasted.trim() ? appIdFromInput(pasted) : picked || null;
    setAppError(
      appId ? undefined : pasted.trim() ? "That is not an app id or a link to an app (…/apps/<id>)" : "Pick an app or paste its id",
    );
    const meta = form.validate();
    if (appId && meta) promote.mutate({ appId, ...meta });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>Promote an app to a global template</DialogTitle>
        <DialogDescription>
          A copy of the app&apos;s current draft (no environment variables) that everyone can start new apps from.
        </DialogDescription>
      </DialogHeader>
      <TemplatesAppField
        apps={apps.data?.apps ?? []}
        picked={picked}
        onPick={pick}
        pasted={pasted}
        onPaste={(text) => {
          setPasted(text);
          setAppError(undefined);
        }}
        error={appError}
      />
      <TemplateMetaFields form={form} idPrefix="promote-template" />
      <DialogFooter>
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" data-testid="promote-template-submit" disabled={promote.isPending}>
          {promote.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
          Promote
        </Button>
      </DialogFooter>
    </form>
  );
}
