/**
 * The only reader of process.env for platform configuration (DESIGN.md, "Configuration").
 * User apps' env vars never come from here.
 */
import path from "node:path";
import { z } from "zod";

const zEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  KILN_DATA_DIR: z.string().default("./.kiln"),
  DATABASE_URL: z.string().optional(),
  MONGODB_URL: z.string().optional(),
  KILN_RUNTIME: z.enum(["local", "kubernetes"]).default("local"),
  KILN_APPS_DOMAIN: z.string().default("localhost"),
  KILN_SECRET_KEY: z.string().optional(),
  KILN_PYTHON: z.string().optional(),
  /** Public origin of Kiln itself, used to build app URLs; defaults to http://localhost:PORT */
  KILN_PUBLIC_URL: z.string().url().optional(),
  /** Seconds a deploy may take to become ready before it fails. */
  KILN_DEPLOY_TIMEOUT: z.coerce.number().positive().default(30),
  /** Local runtime: runner processes kept warm (frameworks imported) to adopt the next deploy or wake; 0 disables. */
  KILN_WARM_POOL: z.coerce.number().int().min(0).max(32).default(1),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (audit log, login limits). */
  KILN_TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** Milliseconds a data-explorer query (find, count, stats) may run in MongoDB before it is stopped. */
  KILN_EXPLORER_MAX_TIME_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
  /** How often the runtime is compared with the database (recreate what is missing, remove orphans). */
  KILN_RECONCILE_SECONDS: z.coerce.number().positive().default(60),
  /** How often idle apps are looked for and put to sleep (#8). */
  KILN_SLEEP_CHECK_SECONDS: z.coerce.number().positive().default(30),
  /** Seconds the gateway holds a request while its app wakes up; default: KILN_DEPLOY_TIMEOUT. */
  KILN_WAKE_TIMEOUT: z.coerce.number().positive().optional(),
  // --- KILN_RUNTIME=kubernetes (docs/kubernetes.md) ---
  /** Where apps run; default: Kiln's own namespace in a cluster, else "default". */
  KILN_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "must be a Kubernetes namespace name")
    .optional(),
  /** The runner image (runner/Dockerfile) every app pod runs. */
  KILN_RUNNER_IMAGE: z.string().min(1).default("kiln-runner:0.1.0"),
  /** ingressClassName of the per-app Ingress; unset: the cluster's default class. */
  KILN_INGRESS_CLASS: z.string().min(1).optional(),
  /** Namespace of the ingress controller, allowed through each app's NetworkPolicy. */
  KILN_INGRESS_NAMESPACE: z.string().min(1).optional(),
  /** Namespace of an in-cluster MongoDB (NetworkPolicy egress); unset: MongoDB hosts' IPs. */
  KILN_MONGO_NAMESPACE: z.string().min(1).optional(),
  /** Outside a cluster: which cluster to use (else ~/.kube/config). */
  KUBECONFIG: z.string().min(1).optional(),
  /** Set by Kubernetes in every pod: Kiln then uses its service account. */
  KUBERNETES_SERVICE_HOST: z.string().optional(),
});

export type Env = z.infer<typeof zEnv> & {
  dataDir: string;
  databaseUrl: string;
  pythonPath: string;
  runnerDir: string;
  /** templates/ beside the code: the templates that come with Kiln (issue #6). */
  templatesDir: string;
};

function load(): Env {
  const parsed = zEnv.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid Kiln configuration: ${issues}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.KILN_DATA_DIR);
  const runnerDir = path.resolve(process.cwd(), "runner");
  return {
    ...e,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, "kiln.db")}`,
    pythonPath: e.KILN_PYTHON ?? path.join(runnerDir, ".venv", "bin", "python"),
    runnerDir,
    templatesDir: path.resolve(process.cwd(), "templates"),
  };
}

let cached: Env | undefined;
/** Read lazily so tests and scripts can set the environment before first use. */
export function env(): Env {
  cached ??= load();
  return cached;
}

/** With PORT=0 the OS picks the port; app URLs must name the one actually listening. */
export function setListeningPort(port: number): void {
  env().PORT = port;
}
