// Kiln's own server process is server-side by definition: "server-only" (which fences secrets
// out of client bundles at `next build`) resolves to an empty module here.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`)}`,
  import.meta.url,
);
