import { BracesIcon, FileCodeIcon, FileIcon, FileTextIcon, ImageIcon, LockIcon } from "lucide-react";
import { ENTRYPOINT } from "@/stores/editor-store";

export function FileIconFor({ path }: { path: string }) {
  const cls = "size-4 shrink-0 text-muted-foreground";
  if (path === ENTRYPOINT) return <LockIcon className={cls} aria-hidden />;
  if (/\.(py|js|html|css)$/.test(path)) return <FileCodeIcon className={cls} aria-hidden />;
  if (path.endsWith(".json")) return <BracesIcon className={cls} aria-hidden />;
  if (path.endsWith(".svg")) return <ImageIcon className={cls} aria-hidden />;
  if (/\.(md|txt)$/.test(path)) return <FileTextIcon className={cls} aria-hidden />;
  return <FileIcon className={cls} aria-hidden />;
}
