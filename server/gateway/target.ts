/** slug → app id → endpoint URL, with every failure turned into the gateway's answer. */
import { DomainError } from "@/server/errors";
import type { GatewayError } from "@/server/gateway/error-page";
import type { UnavailableDetails } from "@/server/runtime";
import type { Runtime } from "@/server/runtime/types";

/** `sleeping`: the database says the app is asleep (its next request wakes it). */
export type ResolveSlug = (slug: string) => Promise<{ appId: string; sleeping?: boolean } | null>;

/**
 * `woke`: the app was asleep in the database; `cold`: the runtime had to start it for this request
 * (the request waited on the wake, alone or with others).
 */
export type Target =
  | { appId: string; url: URL; woke: boolean; cold: boolean }
  | {
      error: GatewayError;
      appId?: string;
      /** The wake failed (the app crashed on start). */
      wakeFailed?: boolean;
      /** The wake outlasted the limit and goes on; it settles here. */
      wake?: Promise<URL>;
    };

export interface TargetOptions {
  resolveSlug: ResolveSlug;
  runtime: Runtime;
  /** How long a request waits for a sleeping app to wake before it gets a 503 that retries. */
  wakeTimeoutMs?: number;
}

/** Seconds a client is told to wait before retrying a request that found its app still waking. */
export const WAKING_RETRY_SECONDS = 2;

export async function resolveTarget(slug: string, o: TargetOptions): Promise<Target> {
  let app: { appId: string; sleeping?: boolean } | null;
  try {
    app = slug ? await o.resolveSlug(slug) : null;
  } catch (err) {
    console.error("[kiln] gateway could not look up an app:", err);
    return {
      error: { status: 503, code: "service_unavailable", message: "Kiln could not look up this app right now.", retryAfterSeconds: 5 },
    };
  }
  if (!app) return { error: { status: 404, code: "not_found", message: `There is no app called "${slug}".` } };
  const woke = app.sleeping === true;
  let endpoint: Promise<URL> | undefined;
  try {
    // Only an app asleep in the database can be cold; the runtime tells whether it still is.
    const cold = woke && (await o.runtime.status(app.appId).catch(() => "sleeping")) === "sleeping";
    // Wakes a sleeping app and waits for it: the request is held, not dropped. Every request
    // during a wake shares the runtime's one start.
    endpoint = o.runtime.endpoint(app.appId);
    if (!cold || o.wakeTimeoutMs === undefined) return { appId: app.appId, url: await endpoint, woke, cold };
    return { appId: app.appId, url: await withinLimit(endpoint, o.wakeTimeoutMs, slug), woke, cold };
  } catch (err) {
    if (err instanceof WakeTimeout) return { appId: app.appId, error: err.gatewayError, ...(endpoint && { wake: endpoint }) };
    return { appId: app.appId, error: endpointError(err, woke), wakeFailed: woke };
  }
}

class WakeTimeout extends Error {
  constructor(readonly gatewayError: GatewayError) {
    super(gatewayError.message);
  }
}

/** The endpoint, or a WakeTimeout after `ms` (the wake goes on: a retry finds the app awake). */
function withinLimit(endpoint: Promise<URL>, ms: number, slug: string): Promise<URL> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new WakeTimeout({
            status: 503,
            code: "service_unavailable",
            title: "App waking up",
            message: `"${slug}" was asleep and is still waking up. This page retries by itself; an API client should retry after a moment.`,
            retryAfterSeconds: WAKING_RETRY_SECONDS,
          }),
        ),
      ms,
    );
  });
  return Promise.race([endpoint, limit]).finally(() => clearTimeout(timer));
}

function endpointError(err: unknown, woke: boolean): GatewayError {
  if (err instanceof DomainError && err.code === "UNAVAILABLE") {
    const details = (err.details ?? {}) as Partial<UnavailableDetails>;
    const retryAfterSeconds = typeof details.retryAfterSeconds === "number" ? details.retryAfterSeconds : woke ? 5 : undefined;
    return {
      status: 503,
      code: "service_unavailable",
      message: err.message,
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    };
  }
  if (err instanceof DomainError && err.code === "NOT_FOUND") {
    return { status: 404, code: "not_found", message: "This app does not exist." };
  }
  console.error("[kiln] gateway could not reach an app:", err);
  return { status: 502, code: "bad_gateway", message: "The app could not be reached." };
}
