import { errorResponse, jsonError } from "@/server/api/errors";
import { openApiDocument } from "@/server/api/openapi";
import { matchRoute } from "@/server/api/routes";
import { streamRoute } from "@/server/api/streams";
import { createContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";

export const REST_PREFIX = "/api/v1";
const MAX_BODY_BYTES = 4 * 1024 * 1024;

async function readJson(req: Request): Promise<Record<string, unknown> | Response> {
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return jsonError(413, "payload_too_large", "The request body is larger than 4 MB");
  if (text.trim() === "") return {};
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return jsonError(400, "bad_request", "body: expected a JSON object");
    return body as Record<string, unknown>;
  } catch (e) {
    return jsonError(400, "bad_request", `body: invalid JSON (${e instanceof Error ? e.message : "parse error"})`);
  }
}

/** /api/v1/* — the same procedures as tRPC, as plain JSON over HTTP (DESIGN.md "Public HTTP API"). */
export async function handleRest(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.slice(REST_PREFIX.length) || "/";
  if (path === "/openapi.json" && req.method === "GET") return Response.json(openApiDocument());
  const resHeaders = new Headers();
  try {
    const ctx = await createContext(req, resHeaders, "rest");
    const stream = await streamRoute(req.method, path, ctx, req.signal, url.searchParams);
    if (stream) return stream;
    const match = matchRoute(req.method, path);
    if (match === null) return jsonError(404, "not_found", `No route ${req.method} ${REST_PREFIX}${path}`);
    if (match === "method") return jsonError(405, "method_not_supported", `${req.method} is not supported on ${REST_PREFIX}${path}`);
    const { route, params } = match;
    let input: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
    if (req.method !== "GET" && req.method !== "DELETE") {
      const body = await readJson(req);
      if (body instanceof Response) return body;
      input = { ...input, ...body };
    }
    input = { ...input, ...params };
    const caller = createCaller(ctx) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>;
    const [ns, name] = route.procedurePath.split(".") as [string, string];
    const fn = caller[ns]?.[name];
    if (!fn) return jsonError(500, "internal", "Route table out of date");
    const result = await fn(route.procedure._def.inputs.length > 0 ? input : undefined);
    if (route.status === 204 || result === undefined)
      return new Response(null, { status: route.status === 200 ? 204 : route.status, headers: resHeaders });
    resHeaders.set("content-type", "application/json");
    return new Response(JSON.stringify(result), { status: route.status, headers: resHeaders });
  } catch (e) {
    return errorResponse(e);
  }
}
