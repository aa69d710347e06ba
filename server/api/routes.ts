import type { AnyProcedure } from "@trpc/server";
import { appRouter } from "@/server/routers/_app";
import type { OpenApiMeta } from "@/server/trpc";

/** The REST surface, read off the tRPC router: every procedure with `meta.openapi` is a route. */
export interface RestRoute {
  procedurePath: string;
  method: string;
  template: string;
  regex: RegExp;
  params: string[];
  status: number;
  summary: string;
  procedure: AnyProcedure;
}

function compile(template: string): { regex: RegExp; params: string[] } {
  const params: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => {
    params.push(name);
    return "([^/]+)";
  });
  return { regex: new RegExp(`^${pattern}/?$`), params };
}

/** Flattens the router's record into "ns.name" → procedure. */
function flatten(record: Record<string, unknown>, prefix = ""): [string, AnyProcedure][] {
  return Object.entries(record).flatMap(([key, value]) => {
    const def = (value as { _def?: { procedure?: boolean; record?: Record<string, unknown> } })._def;
    if (def?.procedure) return [[`${prefix}${key}`, value as AnyProcedure]];
    const nested = def?.record ?? (value as Record<string, unknown>);
    return flatten(nested, `${prefix}${key}.`);
  });
}

let cached: RestRoute[] | undefined;
export function restRoutes(): RestRoute[] {
  if (cached) return cached;
  cached = flatten(appRouter._def.record).flatMap(([procedurePath, procedure]) => {
    const meta = (procedure._def as { meta?: OpenApiMeta }).meta?.openapi;
    if (!meta) return [];
    return [
      {
        procedurePath,
        method: meta.method,
        template: meta.path,
        ...compile(meta.path),
        status: meta.status ?? 200,
        summary: meta.summary,
        procedure,
      },
    ];
  });
  return cached;
}

export function matchRoute(method: string, path: string): { route: RestRoute; params: Record<string, string> } | "method" | null {
  let pathMatched = false;
  for (const route of restRoutes()) {
    const m = route.regex.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params = Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(m[i + 1] ?? "")]));
    return { route, params };
  }
  return pathMatched ? "method" : null;
}
