/**
 * Names, labels and selectors of the objects Kiln creates per app (docs/kubernetes.md). Every object
 * carries MANAGED_BY; reconcile and remove find them by these labels and touch nothing else.
 */
import { Invalid } from "@/server/errors";

export const MANAGED_BY = { "app.kubernetes.io/managed-by": "kiln" } as const;
export const APP_ID_LABEL = "kiln.dev/app-id";
export const OWNER_LABEL = "kiln.dev/owner-id";
export const SLUG_LABEL = "kiln.dev/app-slug";
export const CODE_HASH_ANNOTATION = "kiln.dev/code-hash";
export const ENV_HASH_ANNOTATION = "kiln.dev/env-hash";
/** On the Deployment while scaled to zero: "stopped" or "sleeping". */
export const STATE_ANNOTATION = "kiln.dev/state";
/** On each code ConfigMap: which code version it holds. */
export const CODE_LABEL = "kiln.dev/code";

/** Kiln's own pods (deploy/base): the only in-namespace pods allowed to reach apps. */
export const KILN_POD_LABELS = { "app.kubernetes.io/name": "kiln" } as const;

export const CONTAINER = "app";
export const RUNNER_PORT = 8000;
export const CODE_PATH = "/code";

// App ids are Prisma cuids; the check keeps every derived name a valid DNS-1123 label.
const SAFE_ID = /^[a-z0-9]{1,40}$/;

export function checkAppId(appId: string): string {
  if (!SAFE_ID.test(appId)) throw Invalid(`Invalid app id: ${JSON.stringify(appId)}`);
  return appId;
}

export function names(appId: string) {
  const base = `kiln-app-${checkAppId(appId)}`;
  return {
    /** The root object: every other object of the app has an ownerReference to it. */
    anchor: base,
    code: (codeHash: string) => `${base}-code-${codeHash.slice(0, 12).toLowerCase()}`,
    env: `${base}-env`,
    deployment: base,
    service: base,
    ingress: base,
    networkPolicy: base,
  };
}

export interface AppIdentity {
  id: string;
  ownerId: string;
  slug: string;
}

export function appLabels(app: AppIdentity): Record<string, string> {
  return {
    ...MANAGED_BY,
    "app.kubernetes.io/name": "kiln-app",
    "app.kubernetes.io/instance": app.slug,
    [APP_ID_LABEL]: app.id,
    [OWNER_LABEL]: app.ownerId,
    [SLUG_LABEL]: app.slug,
  };
}

/** Selects the app's pods (the Deployment selector: immutable, so it names the app id only). */
export function podSelector(appId: string): Record<string, string> {
  return { [APP_ID_LABEL]: checkAppId(appId) };
}

export function labelSelector(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}

export const managedSelector = labelSelector(MANAGED_BY);

export function appSelector(appId: string): string {
  return labelSelector({ ...MANAGED_BY, ...podSelector(appId) });
}

/**
 * ConfigMap keys may only hold [-._a-zA-Z0-9]; file paths have "/" (static/style.css). Every other
 * character, and "_" itself, becomes "_xx" (hex), so the mapping is one-to-one and reversible.
 */
export function encodeKey(filePath: string): string {
  let out = "";
  for (const byte of Buffer.from(filePath, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9.-]/.test(c) ? c : `_${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

export function decodeKey(key: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < key.length; i++) {
    if (key[i] === "_") {
      bytes.push(Number.parseInt(key.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(key.charCodeAt(i));
  }
  return Buffer.from(bytes).toString("utf8");
}
