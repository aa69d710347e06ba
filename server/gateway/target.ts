/** slug → app id → endpoint URL, with every failure turned into the gateway's answer. */

import { DomainError } from "@/server/errors";
import type { GatewayError } from "@/server/gateway/error-page";
import type { UnavailableDetails } from "@/server/runtime";
import type { Runtime } from "@/server/runtime/types";

export type ResolveSlug = (slug: string) => Promise<{ appId: string } | null>;

export type Target = { appId: string; url: URL } | { error: GatewayError };

export async function resolveTarget(slug: string, o: { resolveSlug: ResolveSlug; runtime: Runtime }): Promise<Target> {
  let app: { appId: string } | null;
  try {
    app = slug ? await o.resolveSlug(slug) : null;
  } catch (err) {
    console.error("[kiln] gateway could not look up an app:", err);
    return {
      error: { status: 503, code: "service_unavailable", message: "Kiln could not look up this app right now.", retryAfterSeconds: 5 },
    };
  }
  if (!app) return { error: { status: 404, code: "not_found", message: `There is no app called "${slug}".` } };
  try {
    // Wakes a sleeping app and waits for a first start: the request is held, not dropped.
    return { appId: app.appId, url: await o.runtime.endpoint(app.appId) };
  } catch (err) {
    return { error: endpointError(err) };
  }
}

function endpointError(err: unknown): GatewayError {
  if (err instanceof DomainError && err.code === "UNAVAILABLE") {
    const details = (err.details ?? {}) as Partial<UnavailableDetails>;
    return {
      status: 503,
      code: "service_unavailable",
      message: err.message,
      ...(typeof details.retryAfterSeconds === "number" && { retryAfterSeconds: details.retryAfterSeconds }),
    };
  }
  if (err instanceof DomainError && err.code === "NOT_FOUND") {
    return { status: 404, code: "not_found", message: "This app does not exist." };
  }
  console.error("[kiln] gateway could not reach an app:", err);
  return { status: 502, code: "bad_gateway", message: "The app could not be reached." };
}
