/** Host routing: `{slug}.{appsDomain}[:port]` → slug. Pure. */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The app slug named by a Host header, or null when the host is not an app host (Kiln's own UI
 * and API answer those). Case-insensitive; the port and a trailing dot are ignored; only one
 * label in front of the apps domain counts (`a.b.localhost` is not an app).
 */
export function slugFromHost(host: string | undefined, appsDomain: string): string | null {
  if (!host) return null;
  const name = stripPort(host.trim().toLowerCase()).replace(/\.$/, "");
  const domain = appsDomain
    .trim()
    .toLowerCase()
    .replace(/^\.+|\.$/g, "");
  if (!domain || !name.endsWith(`.${domain}`)) return null;
  const slug = name.slice(0, -(domain.length + 1));
  return LABEL.test(slug) ? slug : null;
}

function stripPort(host: string): string {
  if (host.startsWith("[")) return host; // IPv6 literal: never an app host
  const colon = host.lastIndexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}
