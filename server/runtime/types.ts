/**
 * The one interface between Kiln's services and wherever apps actually run.
 * Services never ask which driver is active (see DESIGN.md, "Runtime interface").
 */

export type AppStatus = "running" | "sleeping" | "deploying" | "error" | "stopped";

export type DeployPhase = "validating" | "starting" | "ready" | "failed";

/** A user-facing failure location, so the editor can highlight the line. */
export interface CodeLocation {
  file: string;
  line: number;
  column?: number;
}

export interface DeployFailure {
  /** "import" | "syntax" | "missing_app" | "module_not_found" | "crash" | "timeout" | "internal" */
  kind: string;
  message: string;
  location?: CodeLocation;
  /** Python traceback text (user frames only where the runner could tell them apart). */
  traceback?: string;
  /** Last lines the process printed before it failed. */
  lastLines?: string[];
}

export interface DeployEvent {
  ts: string; // ISO time
  phase: DeployPhase;
  message: string;
  failure?: DeployFailure;
}

export interface AppSpec {
  id: string;
  /** The app's owner; the Kubernetes driver labels every object with it. */
  ownerId: string;
  slug: string;
  /** path → text; paths are relative, "/"-separated, already validated */
  files: Record<string, string>;
  entrypoint: string; // "app.py"
  env: Record<string, string>; // user env, secrets decrypted; never logged
  mongoUri?: string;
  /**
   * From the admin defaults. The Kubernetes driver sets them as requests/limits; the local driver
   * cannot enforce them without cgroups (it runs unprivileged) and passes them through unenforced.
   */
  resources?: { memoryMb?: number; cpuMillis?: number };
  codeHash: string;
  /**
   * Networks the app may reach besides DNS and MongoDB (admin setting, "CIDR" or "CIDR:port").
   * The Kubernetes driver writes them into the app's NetworkPolicy; the local driver cannot.
   */
  egressAllowList?: string[];
}

/** What should exist for one app, for `Runtime.reconcile`. */
export interface DesiredApp {
  spec: AppSpec;
  /** serving: running, error or deploying in the database; otherwise kept but scaled down. */
  state: "serving" | "stopped" | "sleeping";
}

export interface ReconcileReport {
  /** Apps whose missing runtime objects were created again. */
  recreated: string[];
  /** App ids that had runtime objects but are not in the database (removed). */
  removedOrphans: string[];
}

export interface LogLine {
  ts: string; // ISO time
  stream: "stdout" | "stderr" | "system";
  text: string;
}

export interface Runtime {
  readonly name: "local" | "kubernetes";
  /** Starts the new version; the old one (if any) keeps serving until the new one is ready. */
  deploy(spec: AppSpec): AsyncIterable<DeployEvent>;
  /** Keep everything, stop serving. */
  stop(appId: string): Promise<void>;
  /** Delete every trace in the runtime (processes, files, logs). */
  remove(appId: string): Promise<void>;
  status(appId: string): Promise<AppStatus>;
  /** Why the app is in `error` now (a crash loop, out of memory, an image that cannot be pulled), when known. */
  statusReason(appId: string): Promise<string | undefined>;
  /** Where the app answers; wakes a sleeping app. Throws Unavailable when it cannot serve. */
  endpoint(appId: string): Promise<URL>;
  logs(appId: string, o: { tail?: number; since?: Date; follow?: boolean; signal?: AbortSignal }): AsyncIterable<LogLine>;
  sleep(appId: string): Promise<void>;
  /**
   * Make the runtime match the database (Kiln start and every minute): recreate what is missing for
   * `desired` apps (those with a deployed version), remove what belongs to app ids that are not in
   * `appIds()` (every app in the database; asked after the runtime listed what it has, so an app
   * created meanwhile is never taken for an orphan), never touch anything Kiln did not create.
   */
  reconcile(o: { desired: DesiredApp[]; appIds: () => Promise<string[]> }): Promise<ReconcileReport>;
  /** Stop everything this process started (Kiln shutdown); apps come back on the next reconcile. */
  shutdown(): Promise<void>;
}
