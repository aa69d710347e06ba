/** Pure helpers of the admin Users section (filtering, typed confirmation, form errors); unit tested. */

export type CreateUserField = "username" | "password" | "role";
export type CreateUserErrors = Partial<Record<CreateUserField | "form", string>>;

const FIELDS: readonly CreateUserField[] = ["username", "password", "role"];

/** Users whose name contains the search text, any case; an empty search keeps everyone. */
export function filterUsers<T extends { username: string }>(users: readonly T[], search: string): T[] {
  const q = search.trim().toLowerCase();
  return q ? users.filter((u) => u.username.toLowerCase().includes(q)) : [...users];
}

/** The typed confirmation matches as the server checks it: trimmed, any case. */
export function confirmMatches(typed: string, username: string): boolean {
  return typed.trim().toLowerCase() === username.toLowerCase();
}

function isField(name: string): name is CreateUserField {
  return (FIELDS as readonly string[]).includes(name);
}

/** The first message per field from zod-style issues (`path[0]` names the field); the rest goes to the form. */
export function errorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): CreateUserErrors {
  const out: CreateUserErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    const key = isField(field) ? field : "form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The server's message spread over the fields it names. Input errors read
 * `username: too short; password: too short`; a taken name reads `The username "ann" is taken`.
 * Anything else belongs to the whole form.
 */
export function errorsFromServer(message: string): CreateUserErrors {
  const parts = message.split("; ").map((part) => /^([a-zA-Z]+): (.+)$/.exec(part));
  if (parts.length > 0 && parts.every((m) => m !== null)) {
    return errorsFromIssues(parts.map((m) => ({ path: [m?.[1] ?? ""], message: m?.[2] ?? "" })));
  }
  if (/\busername\b/i.test(message)) return { username: message };
  return { form: message };
}
