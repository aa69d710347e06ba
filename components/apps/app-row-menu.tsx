"use client";

import { CopyPlusIcon, EllipsisIcon, ExternalLinkIcon, GaugeIcon, PencilIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { CloneAppDialog } from "@/components/apps/clone-app-dialog";
import { DeleteAppDialog } from "@/components/apps/delete-app-dialog";
import { SaveTemplateDialog } from "@/components/templates/save-template-dialog";
import { SaveTemplateMenuItem } from "@/components/templates/save-template-menu-item";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

type DialogKind = "clone" | "template" | "delete";

/** An app's overflow menu in the list: open it, clone it, save it as a template, delete it. */
export function AppRowMenu({ app }: { app: { id: string; name: string; url: string } }) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const opener = (which: DialogKind) => (open: boolean) => setDialog(open ? which : null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${app.name}`} data-testid="app-actions">
            <EllipsisIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem asChild>
            <Link href={`/apps/${app.id}`}>
              <GaugeIcon aria-hidden /> Open dashboard
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/apps/${app.id}/edit`}>
              <PencilIcon aria-hidden /> Open editor
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <a href={app.url} target="_blank" rel="noreferrer">
              <ExternalLinkIcon aria-hidden /> Open app
            </a>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem data-testid="clone-app-action" onSelect={() => setDialog("clone")}>
            <CopyPlusIcon aria-hidden /> Clone…
          </DropdownMenuItem>
          <SaveTemplateMenuItem onOpen={() => setDialog("template")} />
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
            <Trash2Icon aria-hidden /> Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CloneAppDialog app={app} open={dialog === "clone"} onOpenChange={opener("clone")} />
      <SaveTemplateDialog app={app} open={dialog === "template"} onOpenChange={opener("template")} />
      <DeleteAppDialog app={app} open={dialog === "delete"} onOpenChange={opener("delete")} />
    </>
  );
}
