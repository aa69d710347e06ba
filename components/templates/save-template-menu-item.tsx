"use client";

import { BookmarkPlusIcon } from "lucide-react";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

/**
 * "Save as template…" for an overflow menu. Radix closes the menu on select, so the dialog
 * (SaveTemplateDialog) lives beside the menu, not inside it: pass its opener here.
 */
export function SaveTemplateMenuItem({ onOpen }: { onOpen(): void }) {
  return (
    <DropdownMenuItem data-testid="save-template-action" onSelect={onOpen}>
      <BookmarkPlusIcon aria-hidden /> Save as template…
    </DropdownMenuItem>
  );
}
