/** What the clone's toast says about secrets that came over by name only (undefined when there are none). */
export function secretsNote(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const list = names.join(", ");
  return names.length === 1
    ? `The secret ${list} was copied without its value: set it in the editor's settings before deploying.`
    : `These secrets were copied without their values: ${list}. Set them in the editor's settings before deploying.`;
}
