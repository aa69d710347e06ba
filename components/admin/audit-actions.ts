/** What each audit action code means to a person, and how the filter groups them; unit tested. */

/** Every action the server records (server/services/audit.ts AUDIT_ACTIONS), with its label. */
export const AUDIT_ACTION_LABELS = {
  "auth.signup": "Signed up",
  "auth.login": "Signed in",
  "auth.login_failed": "Sign-in failed",
  "auth.login_rate_limited": "Sign-in rate limited",
  "admin.settings_changed": "Changed settings",
  "admin.user_created": "Created a user",
  "admin.user_role_changed": "Changed a user's role",
  "admin.user_disabled": "Disabled a user",
  "admin.user_enabled": "Enabled a user",
  "admin.user_deleted": "Deleted a user",
  "admin.template_promoted": "Made an app a template",
  "admin.template_updated": "Changed a template",
  "admin.template_deleted": "Deleted a template",
  "app.deleted": "Deleted an app",
} as const satisfies Record<string, string>;

export type KnownAuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as KnownAuditAction[];

/** Families the server filters by prefix (`action` ending in a dot). */
export const AUDIT_FAMILIES = [
  { value: "auth.", label: "Sign-ins" },
  { value: "admin.", label: "Admin actions" },
  { value: "app.", label: "Apps" },
] as const;

/** A label for a code; an action this page does not know yet shows its code. */
export function actionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

export type ActionTone = "destructive" | "warning" | "muted";

const DESTRUCTIVE = new Set<string>([
  "auth.login_failed",
  "auth.login_rate_limited",
  "admin.user_deleted",
  "admin.template_deleted",
  "app.deleted",
]);
const WARNING = new Set<string>(["admin.user_disabled", "admin.user_role_changed", "admin.settings_changed"]);

/** How loudly a row shows its action: refusals and deletions stand out, changes of power less so. */
export function actionTone(action: string): ActionTone {
  if (DESTRUCTIVE.has(action)) return "destructive";
  if (WARNING.has(action)) return "warning";
  return "muted";
}
