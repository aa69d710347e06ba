"use client";

import { type FormEvent, useEffect, useState } from "react";
import { fileNameProblem } from "@/components/editor/files/file-rules";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useEditorStore } from "@/stores/editor-store";

/** New file (current undefined) or rename (current = the path being renamed). */
export function FileNameDialog({
  open,
  onOpenChange,
  current,
  onSubmit,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  current?: string;
  onSubmit(path: string): void;
}) {
  const files = useEditorStore((s) => s.files);
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setName(current ?? "");
      setTouched(false);
    }
  }, [open, current]);
  const problem = fileNameProblem(name.trim(), files, current);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    onSubmit(name.trim());
    onOpenChange(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{current ? `Rename ${current}` : "New file"}</DialogTitle>
            <DialogDescription>.py .html .css .js .json .txt .svg .md — at the top level or under static/.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="file-name">File name</Label>
            <Input
              id="file-name"
              data-testid="file-name-input"
              className="font-mono"
              placeholder="routes.py or static/style.css"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={name}
              aria-invalid={touched && problem ? true : undefined}
              aria-describedby="file-name-problem"
              onChange={(e) => {
                setName(e.target.value);
                setTouched(true);
              }}
            />
            <p id="file-name-problem" className="min-h-5 text-sm text-destructive">
              {touched ? problem : null}
            </p>
          </div>
          <DialogFooter>
            <Button type="submit" data-testid="file-name-submit">
              {current ? "Rename" : "Create"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
