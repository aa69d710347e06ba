"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export const DEPLOY_MESSAGE_MAX = 200;

/** "Deploy with a message": a short note stored with the new version and shown in History. */
export function DeployMessageDialog({
  open,
  onOpenChange,
  onDeploy,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onDeploy(message: string): void;
}) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (open) setMessage("");
  }, [open]);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    onOpenChange(false);
    onDeploy(message.trim());
  }

  // Ctrl/Cmd+Enter here deploys with the message (the page-wide shortcut would leave it out).
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Deploy with a message</DialogTitle>
            <DialogDescription>Saved with the new version, so History says what changed.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="deploy-message">Message (optional)</Label>
            <Input
              id="deploy-message"
              data-testid="deploy-message-input"
              placeholder="Add a /health route"
              autoComplete="off"
              autoFocus
              maxLength={DEPLOY_MESSAGE_MAX}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              onKeyDown={onKeyDown}
              aria-describedby="deploy-message-count"
            />
            <p id="deploy-message-count" className="text-right text-xs text-muted-foreground tabular-nums">
              {message.length}/{DEPLOY_MESSAGE_MAX}
            </p>
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" data-testid="deploy-message-submit">
              Deploy
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
