"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";

export function CopyButton({ value, label = "Copy", className }: { value: string; label?: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      toast.error("Could not copy", { description: "The browser refused clipboard access." });
    }
  }

  return (
    <Hint label={copied ? "Copied" : label}>
      <Button variant="ghost" size="icon-xs" onClick={copy} aria-label={label} className={className}>
        {copied ? <CheckIcon className="text-success" aria-hidden /> : <CopyIcon aria-hidden />}
      </Button>
    </Hint>
  );
}
