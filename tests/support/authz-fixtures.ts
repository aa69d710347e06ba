/**
 * The people and things the authorization matrix calls procedures on, built on a real Kiln:
 * an admin (first signup), an owner with a deployed app, a document in their database and an
 * app others may deploy, another user, and per-caller victims for the destructive calls
 * (an app to delete, users to delete and disable) so the order of calls never matters.
 */
import { MongoClient } from "mongodb";
import { expect } from "vitest";
import { api, readEvents, viaGateway } from "./api";
import { userDb } from "./explorer";
import type { KilnProcess } from "./kiln-process";

export const CALLERS = ["anonymous", "other", "owner", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

export interface Principal {
  id: string;
  username: string;
  password: string;
  token: string;
}

export interface AppRef {
  id: string;
  slug: string;
  name: string;
}

export interface UserRef {
  id: string;
  username: string;
}

export interface DeployedRef extends AppRef {
  deploymentId: string;
  versionId: string;
}

export interface TemplateRef {
  id: string;
  name: string;
}

export interface Victims {
  app: AppRef;
  template: TemplateRef;
  userToDelete: UserRef;
  userToDisable: UserRef;
}

export interface Fixtures {
  base: string;
  admin: Principal;
  owner: Principal;
  other: Principal;
  /** Someone whose credentials `auth.login` uses: any caller may sign in as them, so nothing of theirs is hidden. */
  loginUser: { username: string; password: string };
  /** The owner's app, deployed once: it has a version, a deployment, logs and a request. */
  app: DeployedRef;
  /** The owner's other deployed app: the owner and an admin deploy it and roll it back during the matrix. */
  deployTarget: DeployedRef;
  /** The owner's own template (saved from their app). */
  template: TemplateRef;
  /** A database of the owner's with one distinctive document. */
  database: { name: string; collection: string; documentValue: string };
  victims: Record<Caller, Victims>;
  /** The settings as they were, so the admin's settings patch changes nothing. */
  signupEnabled: boolean;
  /** Values no response may ever contain, whoever asks (passwords, MongoDB root credentials). */
  secrets: string[];
  /** A fresh name for things a call creates (usernames, app names). */
  unique(prefix: string): string;
}

/** A small app that logs a line as it starts, so its log is never empty. */
export const APP_FILES = {
  "app.py": `from fastapi import FastAPI

print("authz app starting")
app = FastAPI()


@app.get("/")
def root() -> dict[str, str]:
    return {"app": "authz"}
`,
};

async function signup(base: string, username: string): Promise<Principal> {
  const password = `${username}-Pw-7f3k2`;
  const res = await api(base).post("/auth/signup", { username, password });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.user.id, username, password, token: res.body.token };
}

async function createUser(base: string, adminToken: string, username: string): Promise<UserRef> {
  const res = await api(base, adminToken).post("/admin/users", { username, password: `${username}-Pw-7f3k2` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, username };
}

async function createApp(base: string, token: string, name: string): Promise<AppRef> {
  const res = await api(base, token).post("/apps", { name, files: APP_FILES });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, slug: res.body.slug, name };
}

async function saveTemplate(base: string, token: string, appId: string, name: string): Promise<TemplateRef> {
  const res = await api(base, token).post("/templates", { appId, name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, name };
}

/** Creates an app, deploys it and waits until it is ready. */
async function createAndDeploy(base: string, token: string, name: string): Promise<DeployedRef> {
  const app = await createApp(base, token, name);
  const res = await api(base, token).post(`/apps/${app.id}/deploy`, {});
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const deploymentId = res.body.deploymentId as string;
  await waitForDeployment(base, token, app.id, deploymentId, "ready");
  const got = await api(base, token).get(`/apps/${app.id}`);
  expect(got.body.deployedVersion?.id, JSON.stringify(got.body)).toEqual(expect.any(String));
  return { ...app, deploymentId, versionId: got.body.deployedVersion.id };
}

export async function waitForDeployment(base: string, token: string, appId: string, deploymentId: string, want?: "ready"): Promise<void> {
  const events = await readEvents<{ phase: string; message: string }>(
    `${base}/api/v1/apps/${appId}/deployments/${deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  if (want) expect(events.at(-1)?.phase, JSON.stringify(events)).toBe(want);
}

export async function buildFixtures(kiln: KilnProcess, mongoUrl: string): Promise<Fixtures> {
  const base = kiln.url;
  const admin = await signup(base, "azadmin");
  expect((await api(base, admin.token).get("/me")).body.role, "the first signup is the admin").toBe("admin");
  const owner = await signup(base, "azowner");
  const other = await signup(base, "azother");

  const [main, deployTarget] = await Promise.all([
    createAndDeploy(base, owner.token, "Az Owner Main Qx"),
    createAndDeploy(base, owner.token, "Az Owner Target Qx"),
  ]);
  // One request through the gateway, so the owner's request log and metrics are not empty.
  expect((await viaGateway(kiln.port, main.slug, "/")).status).toBe(200);
  const template = await saveTemplate(base, owner.token, main.id, "Az Owner Template Qx");

  const database = { name: userDb(owner.id), collection: "az_ledger_qx", documentValue: "az-private-entry-9d41" };
  const root = new MongoClient(mongoUrl);
  try {
    await root
      .db(database.name)
      .collection(database.collection)
      .insertOne({ _id: "az-doc" as never, note: database.documentValue });
  } finally {
    await root.close();
  }

  const victims = {} as Record<Caller, Victims>;
  for (const caller of ["anonymous", "other", "owner", "admin"] as const) {
    const tag = caller.slice(0, 4);
    victims[caller] = {
      app: await createApp(base, owner.token, `Az Victim ${tag} Qx`),
      template: await saveTemplate(base, owner.token, main.id, `Az Victim Template ${tag} Qx`),
      userToDelete: await createUser(base, admin.token, `azdel${tag}`),
      userToDisable: await createUser(base, admin.token, `azdis${tag}`),
    };
  }

  const loginUser = { username: "azlogin", password: "azlogin-Pw-7f3k2" };
  await createUser(base, admin.token, loginUser.username);

  const settings = await api(base, admin.token).get("/admin/settings");
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  const mongoPassword = new URL(mongoUrl).password;

  let n = 0;
  return {
    base,
    admin,
    owner,
    other,
    loginUser,
    app: main,
    deployTarget,
    template,
    database,
    victims,
    signupEnabled: settings.body.signupEnabled,
    secrets: [
      admin.password,
      owner.password,
      other.password,
      loginUser.password,
      ...(mongoPassword ? [decodeURIComponent(mongoPassword)] : []),
    ],
    unique: (prefix) => `${prefix}${++n}`,
  };
}

/**
 * What each caller may see of the others. A response to `caller` that contains an identifier
 * it may not see is a leak: the owner's things are hidden from other users and the anonymous,
 * everyone's from the anonymous, and only admins see the users they manage.
 */
export function hiddenFrom(fx: Fixtures, caller: Caller): string[] {
  const ownerThings = [
    fx.owner.id,
    fx.owner.username,
    ...[fx.app, fx.deployTarget, ...CALLERS.map((c) => fx.victims[c].app)].flatMap((a) => [a.id, a.slug, a.name]),
    ...[fx.app, fx.deployTarget].flatMap((a) => [a.deploymentId, a.versionId]),
    ...[fx.template, ...CALLERS.map((c) => fx.victims[c].template)].flatMap((t) => [t.id, t.name]),
    fx.database.name,
    fx.database.collection,
    fx.database.documentValue,
  ];
  const managedUsers = CALLERS.flatMap((c) => [fx.victims[c].userToDelete, fx.victims[c].userToDisable]).flatMap((u) => [u.id, u.username]);
  const adminThings = [fx.admin.id, fx.admin.username];
  const otherThings = [fx.other.id, fx.other.username];
  switch (caller) {
    case "admin":
      return [];
    case "owner":
      return [...managedUsers, ...adminThings, ...otherThings];
    case "other":
      return [...ownerThings, ...managedUsers, ...adminThings];
    case "anonymous":
      return [...ownerThings, ...managedUsers, ...adminThings, ...otherThings];
  }
}
