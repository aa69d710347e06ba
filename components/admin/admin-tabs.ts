/** The admin page's sections. The open one lives in the URL (`/admin?tab=general`) so a reload keeps it. */

export const ADMIN_TABS = [
  { id: "overview", label: "Overview" },
  { id: "general", label: "General" },
  { id: "imports", label: "Allowed imports" },
  { id: "users", label: "Users" },
  { id: "templates", label: "Templates" },
  { id: "audit", label: "Audit log" },
] as const;

export type AdminTab = (typeof ADMIN_TABS)[number]["id"];

export const DEFAULT_TAB: AdminTab = "overview";

const IDS: readonly string[] = ADMIN_TABS.map((t) => t.id);

/** The tab named by `?tab=`; anything unknown (or nothing) is the overview. */
export function readTab(value: string | null | undefined): AdminTab {
  return value && IDS.includes(value) ? (value as AdminTab) : DEFAULT_TAB;
}

/** The URL of a tab; the default one keeps the address bare. */
export function adminTabUrl(tab: AdminTab): string {
  return tab === DEFAULT_TAB ? "/admin" : `/admin?tab=${tab}`;
}
