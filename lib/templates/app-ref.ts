/**
 * The app an admin means when promoting one to a global template: an id pasted as it is, or any
 * Kiln link to the app (its dashboard `/apps/<id>` or editor `/apps/<id>/edit`). Null when the
 * text holds neither.
 */
export function appIdFromInput(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  const fromPath = /(?:^|\/)apps\/([A-Za-z0-9_-]{1,64})(?:\/|[?#]|$)/.exec(value);
  if (fromPath?.[1]) return fromPath[1];
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
