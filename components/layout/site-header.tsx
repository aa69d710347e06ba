import { AdminLink } from "@/components/layout/admin-link";
import { KilnLogo } from "@/components/layout/kiln-logo";
import { SiteNav } from "@/components/layout/site-nav";
import { UserMenu } from "@/components/layout/user-menu";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <div className="flex min-w-0 items-center gap-4 sm:gap-6">
          <KilnLogo />
          <SiteNav />
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <AdminLink />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
