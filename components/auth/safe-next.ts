/** Where to go after sign-in: the `next` query parameter when it is a same-site path, else the apps list. */
export function safeNext(): string {
  const next = new URLSearchParams(window.location.search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}
