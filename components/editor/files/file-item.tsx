"use client";

import { EllipsisIcon, PencilIcon, Trash2Icon } from "lucide-react";
import { FileIconFor } from "@/components/editor/files/file-icon";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";
import { ENTRYPOINT } from "@/stores/editor-store";

export function FileItem({
  path,
  active,
  unsaved,
  problems,
  onOpen,
  onRename,
  onDelete,
}: {
  path: string;
  active: boolean;
  unsaved: boolean;
  problems: number;
  onOpen(): void;
  onRename(): void;
  onDelete(): void;
}) {
  const protectedFile = path === ENTRYPOINT;
  return (
    <li className={cn("group relative flex items-center rounded-md", active ? "bg-accent text-accent-foreground" : "hover:bg-accent/60")}>
      <button
        type="button"
        data-testid={`file-${path}`}
        aria-current={active ? "true" : undefined}
        title={protectedFile ? "app.py is the entrypoint: it cannot be renamed or deleted" : path}
        className="flex h-8 min-w-0 flex-1 items-center gap-2 rounded-md pr-8 pl-2 text-left text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        onClick={onOpen}
      >
        <FileIconFor path={path} />
        <span className={cn("truncate font-mono text-[13px]", problems > 0 && "text-destructive")}>{path}</span>
        {unsaved && (
          <>
            <span className="size-1.5 shrink-0 rounded-full bg-primary" aria-hidden />
            <span className="sr-only">(unsaved)</span>
          </>
        )}
        {problems > 0 && (
          <span className="ml-auto shrink-0 rounded bg-destructive/10 px-1 text-[11px] font-medium text-destructive">
            {problems}
            <span className="sr-only"> problems</span>
          </span>
        )}
      </button>
      {!protectedFile && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button
              variant="ghost"
              size="icon-xs"
              aria-label={`More actions for ${path}`}
              className="absolute right-0.5 opacity-0 group-hover:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
            >
              <EllipsisIcon aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start">
            <DropdownMenuItem onSelect={onRename}>
              <PencilIcon aria-hidden /> Rename…
            </DropdownMenuItem>
            <DropdownMenuItem variant="destructive" onSelect={onDelete}>
              <Trash2Icon aria-hidden /> Delete
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </li>
  );
}
