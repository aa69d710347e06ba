import { z } from "zod";
import { restRoutes } from "@/server/api/routes";

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
      required: ["code", "message"],
    },
  },
};

function schemaOf(zod: unknown): Record<string, unknown> | undefined {
  if (!(zod instanceof z.ZodType)) return undefined;
  try {
    return z.toJSONSchema(zod, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** /api/v1/openapi.json, generated from the same procedures and zod schemas the API runs. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of restRoutes()) {
    const input = schemaOf(r.procedure._def.inputs[0]);
    const props = (input?.properties ?? {}) as Record<string, unknown>;
    const required = new Set((input?.required as string[] | undefined) ?? []);
    const pathParams = r.params.map((name) => ({ name, in: "path", required: true, schema: props[name] ?? { type: "string" } }));
    const rest = Object.fromEntries(Object.entries(props).filter(([k]) => !r.params.includes(k)));
    const hasBody = r.method !== "GET" && r.method !== "DELETE" && Object.keys(rest).length > 0;
    const query =
      r.method === "GET" ? Object.entries(rest).map(([name, schema]) => ({ name, in: "query", required: required.has(name), schema })) : [];
    const output = schemaOf((r.procedure._def as { output?: unknown }).output);
    paths[r.template] ??= {};
    const ops = paths[r.template] as Record<string, unknown>;
    ops[r.method.toLowerCase()] = {
      operationId: r.procedurePath,
      summary: r.summary,
      security: r.procedurePath.startsWith("auth.sign") || r.procedurePath === "auth.login" ? [] : [{ bearer: [] }, { cookie: [] }],
      parameters: [...pathParams, ...query],
      ...(hasBody && {
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { ...input, properties: rest, required: [...required].filter((k) => !r.params.includes(k)) } },
          },
        },
      }),
      responses: {
        [String(r.status)]:
          r.status === 204
            ? { description: "No content" }
            : { description: "OK", content: { "application/json": { schema: output ?? {} } } },
        default: { description: "Error", content: { "application/json": { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Kiln API", version: "1" },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" }, cookie: { type: "apiKey", in: "cookie", name: "kiln_session" } },
    },
    paths: {
      ...paths,
      "/apps/{id}/deployments/{deploymentId}/events": {
        get: {
          operationId: "apps.deploymentEventsStream",
          summary: "A deployment's events as they happen, earlier ones first (text/event-stream); ends at ready or failed",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "deploymentId", in: "path", required: true, schema: { type: "string" } },
          ],
          responses: { "200": { description: "Server-sent events, one DeployEvent JSON per event", content: { "text/event-stream": {} } } },
        },
      },
      "/apps/{id}/logs/stream": {
        get: {
          operationId: "apps.logsStream",
          summary: "Tail and follow the app's logs (text/event-stream)",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "tail", in: "query", schema: { type: "integer" } },
          ],
          responses: { "200": { description: "Server-sent events, one LogLine JSON per event", content: { "text/event-stream": {} } } },
        },
      },
    },
  };
}
