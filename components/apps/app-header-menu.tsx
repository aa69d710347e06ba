"use client";

import { CopyPlusIcon, EllipsisIcon } from "lucide-react";
import { useState } from "react";
import { CloneAppDialog } from "@/components/apps/clone-app-dialog";
import { SaveTemplateDialog } from "@/components/templates/save-template-dialog";
import { SaveTemplateMenuItem } from "@/components/templates/save-template-menu-item";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

/** "More" beside a page's header buttons: clone the app, or save it as a template. */
export function AppHeaderMenu({ app }: { app: { id: string; name: string } }) {
  const [dialog, setDialog] = useState<"clone" | "template" | null>(null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon-sm" aria-label={`More actions for ${app.name}`} data-testid="app-more-actions">
            <EllipsisIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem data-testid="clone-app-action" onSelect={() => setDialog("clone")}>
            <CopyPlusIcon aria-hidden /> Clone…
          </DropdownMenuItem>
          <SaveTemplateMenuItem onOpen={() => setDialog("template")} />
        </DropdownMenuContent>
      </DropdownMenu>
      <CloneAppDialog app={app} open={dialog === "clone"} onOpenChange={(open) => setDialog(open ? "clone" : null)} />
      <SaveTemplateDialog app={app} open={dialog === "template"} onOpenChange={(open) => setDialog(open ? "template" : null)} />
    </>
  );
}
