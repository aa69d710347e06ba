"use client";

import { BookmarkPlusIcon } from "lucide-react";
import { useState } from "react";
import { SaveTemplateDialog } from "@/components/templates/save-template-dialog";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";

/** The editor's top-bar entry to "Save as template" (an icon button with its dialog). */
export function SaveTemplateButton({ app }: { app: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Hint label="Save as template">
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label="Save as template"
          data-testid="save-template-button"
          onClick={() => setOpen(true)}
        >
          <BookmarkPlusIcon aria-hidden />
        </Button>
      </Hint>
      <SaveTemplateDialog app={app} open={open} onOpenChange={setOpen} />
    </>
  );
}
