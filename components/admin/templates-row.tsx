"use client";

import { DatabaseIcon, GlobeIcon, UserIcon } from "lucide-react";
import { TemplateRowActions } from "@/components/admin/templates-row-actions";
import type { AdminTemplate } from "@/components/admin/templates-types";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ORIGIN_LABELS, templateOrigin } from "@/lib/templates/origin";
import { cn } from "@/lib/utils";

export function TemplateRow({ template }: { template: AdminTemplate }) {
  const origin = templateOrigin(template);
  return (
    <TableRow
      data-testid={`template-row-${template.id}`}
      data-hidden={template.hidden}
      data-origin={origin}
      className={cn("h-14", template.hidden && "bg-muted/30")}
    >
      <TableCell className="max-w-72">
        <div className="grid min-w-0 gap-0.5">
          <span className="flex min-w-0 items-center gap-1.5">
            <span className={cn("truncate font-medium", template.hidden && "text-muted-foreground")} title={template.name}>
              {template.name}
            </span>
            {template.needsDatabase && <DatabaseIcon className="size-3.5 shrink-0 text-muted-foreground" aria-label="Uses a database" />}
          </span>
          <span className="truncate text-xs text-muted-foreground" title={template.description}>
            {template.description || "No description"}
          </span>
        </div>
      </TableCell>
      <TableCell>
        {template.scope === "global" ? (
          <Badge variant="info" data-testid="template-scope">
            <GlobeIcon aria-hidden /> Global
          </Badge>
        ) : (
          <Badge variant="muted" data-testid="template-scope" title={`Only ${template.owner ?? "its owner"} sees it`}>
            <UserIcon aria-hidden /> {template.owner ?? "deleted user"}
          </Badge>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground" data-testid="template-origin">
        {ORIGIN_LABELS[origin]}
      </TableCell>
      <TableCell className="hidden max-w-56 lg:table-cell">
        <div className="flex flex-wrap gap-1">
          {template.tags.map((tag) => (
            <Badge key={tag} variant="muted" className="px-1.5 py-0 font-normal">
              {tag}
            </Badge>
          ))}
        </div>
      </TableCell>
      <TableCell>
        {template.scope === "user" ? (
          <Badge variant="muted" data-testid="template-visibility">
            Owner only
          </Badge>
        ) : template.hidden ? (
          <Badge variant="warning" data-testid="template-visibility">
            Hidden
          </Badge>
        ) : (
          <Badge variant="success" data-testid="template-visibility">
            Shown
          </Badge>
        )}
      </TableCell>
      <TableCell className="w-32 py-1 text-right">
        <TemplateRowActions template={template} />
      </TableCell>
    </TableRow>
  );
}
