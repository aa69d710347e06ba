"use client";

import { EyeIcon, EyeOffIcon, Loader2Icon, PencilIcon, Trash2Icon } from "lucide-react";
import { type ReactNode, useState } from "react";
import { TemplateDeleteDialog } from "@/components/admin/templates-delete-dialog";
import { TemplateEditDialog } from "@/components/admin/templates-edit-dialog";
import { useToggleHidden } from "@/components/admin/templates-mutations";
import type { AdminTemplate } from "@/components/admin/templates-types";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { deletable, hideable } from "@/lib/templates/origin";

/** A disabled button does not hover or focus, so its tooltip (the reason) sits on a focusable wrapper. */
function Action({ label, reason, children }: { label: string; reason?: string; children: ReactNode }) {
  if (!reason) return <Hint label={label}>{children}</Hint>;
  return (
    <Hint label={reason}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can read why the action is off */}
      <span tabIndex={0} className="inline-flex rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
        {children}
      </span>
    </Hint>
  );
}

/** Hide/show, edit and delete for one template; what the server would refuse is disabled with the reason. */
export function TemplateRowActions({ template }: { template: AdminTemplate }) {
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const toggle = useToggleHidden(template.name);
  const canHide = hideable(template);
  const canDelete = deletable(template);
  return (
    <div className="flex items-center justify-end gap-0.5">
      <Action
        label={template.hidden ? "Show in the gallery" : "Hide from the gallery"}
        reason={canHide ? undefined : "Only global templates can be hidden: a user's own are shown to them alone"}
      >
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={template.hidden ? `Show ${template.name}` : `Hide ${template.name}`}
          data-testid="template-toggle-hidden"
          disabled={!canHide || toggle.isPending}
          onClick={() => toggle.mutate({ id: template.id, hidden: !template.hidden })}
        >
          {toggle.isPending ? (
            <Loader2Icon className="animate-spin" aria-hidden />
          ) : template.hidden ? (
            <EyeIcon aria-hidden />
          ) : (
            <EyeOffIcon aria-hidden />
          )}
        </Button>
      </Action>
      <Action label="Edit name, description and tags">
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={`Edit ${template.name}`}
          data-testid="template-edit"
          onClick={() => setDialog("edit")}
        >
          <PencilIcon aria-hidden />
        </Button>
      </Action>
      <Action label="Delete" reason={canDelete ? undefined : "Kiln's own templates can't be deleted; hide it instead"}>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={`Delete ${template.name}`}
          data-testid="template-delete"
          disabled={!canDelete}
          className="text-destructive hover:text-destructive"
          onClick={() => setDialog("delete")}
        >
          <Trash2Icon aria-hidden />
        </Button>
      </Action>
      <TemplateEditDialog template={template} open={dialog === "edit"} onOpenChange={(open) => setDialog(open ? "edit" : null)} />
      <TemplateDeleteDialog template={template} open={dialog === "delete"} onOpenChange={(open) => setDialog(open ? "delete" : null)} />
    </div>
  );
}
