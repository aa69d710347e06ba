"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const LINKS = [
  { href: "/", label: "Apps", testId: "nav-apps", active: (p: string) => p === "/" || p.startsWith("/apps/") },
  { href: "/data", label: "Data", testId: "nav-data", active: (p: string) => p === "/data" || p.startsWith("/data/") },
] as const;

/** The main areas, next to the logo; the current one is marked for sight and for screen readers. */
export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex items-center gap-1">
        {LINKS.map((link) => {
          const active = link.active(pathname);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                data-testid={link.testId}
                className={cn(
                  "inline-flex h-8 items-center rounded-md px-3 text-sm font-medium outline-none transition-colors",
                  "focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-accent/60 hover:text-foreground",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
