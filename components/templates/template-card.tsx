"use client";

import { DatabaseIcon, FilePlusIcon, SignalHighIcon, SignalLowIcon, SignalMediumIcon } from "lucide-react";
import type { ReactNode } from "react";
import { GalleryCard } from "@/components/templates/gallery-card";
import type { TemplateSummary } from "@/components/templates/types";
import { Badge } from "@/components/ui/badge";
import type { TemplateComplexity } from "@/lib/schemas/templates";

const COMPLEXITY: Record<TemplateComplexity, { label: string; icon: ReactNode }> = {
  starter: { label: "Starter", icon: <SignalLowIcon aria-hidden /> },
  intermediate: { label: "Intermediate", icon: <SignalMediumIcon aria-hidden /> },
  advanced: { label: "Advanced", icon: <SignalHighIcon aria-hidden /> },
};

type CardTemplate = Pick<TemplateSummary, "id" | "name" | "description" | "tags" | "complexity" | "needsDatabase" | "scope">;

export function TemplateCard({ template, selected, onSelect }: { template: CardTemplate; selected: boolean; onSelect(): void }) {
  const complexity = COMPLEXITY[template.complexity as TemplateComplexity] ?? COMPLEXITY.starter;
  return (
    <GalleryCard testId={`template-card-${template.id}`} selected={selected} onSelect={onSelect}>
      <span className="flex min-w-0 items-center gap-1.5">
        <span className="truncate font-medium">{template.name}</span>
        {template.scope === "user" && (
          <Badge variant="info" className="px-1.5" data-testid="template-yours">
            yours
          </Badge>
        )}
        {template.needsDatabase && (
          <span className="ml-auto shrink-0 text-muted-foreground" title="Uses MongoDB (PLATFORM_MONGO_URI)">
            <DatabaseIcon className="size-3.5" aria-hidden />
            <span className="sr-only">Uses a database</span>
          </span>
        )}
      </span>
      <span className="line-clamp-2 text-xs text-muted-foreground">{template.description || "No description."}</span>
      <span className="mt-auto flex flex-wrap items-center gap-1 pt-1">
        <span className="mr-1 inline-flex items-center gap-1 text-xs text-muted-foreground [&_svg]:size-3.5">
          {complexity.icon}
          {complexity.label}
        </span>
        {template.tags.map((tag) => (
          <Badge key={tag} variant="muted" className="px-1.5 py-0 font-normal">
            {tag}
          </Badge>
        ))}
      </span>
    </GalleryCard>
  );
}

/** Today's hello-world: the default choice, so "name it and create" still makes a blank app. */
export function BlankCard({ selected, onSelect }: { selected: boolean; onSelect(): void }) {
  return (
    <GalleryCard testId="template-card-blank" selected={selected} onSelect={onSelect}>
      <span className="flex items-center gap-1.5 font-medium">
        <FilePlusIcon className="size-4 text-primary" aria-hidden /> Blank app
      </span>
      <span className="line-clamp-2 text-xs text-muted-foreground">A small FastAPI hello-world you can deploy right away.</span>
      <span className="mt-auto flex flex-wrap items-center gap-1 pt-1">
        <Badge variant="muted" className="px-1.5 py-0 font-normal">
          fastapi
        </Badge>
      </span>
    </GalleryCard>
  );
}
