/**
 * Who may call each tRPC procedure (issue #5), one entry per procedure path of the router, and
 * how to build a valid input for it from the fixtures. A procedure added to the router without
 * an entry here fails tests/integration/authorization-matrix.test.ts, and so does an entry for a
 * procedure that is gone.
 *
 * - public: anyone, signed in or not.
 * - user:   any signed-in user, acting on their own things.
 * - owner:  acts on a resource with an owner (an app, a deployment, a database): its owner and
 *           admins; anyone else gets the same 404 as for a missing resource.
 * - admin:  admins only.
 */
import type { Caller, Fixtures } from "./authz-fixtures";

export type Access = "public" | "user" | "owner" | "admin";

export interface Expectation {
  access: Access;
  /** A valid input for `caller` (the owner's resources for `owner` procedures, whoever calls). */
  input?: (fx: Fixtures, caller: Caller) => unknown;
  /** The call ends the caller's session (logout): each caller signs in afresh and spends that token. */
  freshSession?: true;
}

const NEW_PASSWORD = "authz-matrix-Pw-1";
const VALID_CODE = { "app.py": "from fastapi import FastAPI\n\napp = FastAPI()\n" };

const app = (fx: Fixtures) => ({ id: fx.app.id });
const db = (fx: Fixtures) => ({ db: fx.database.name, collection: fx.database.collection });

export const EXPECTATIONS: Record<string, Expectation> = {
  // auth
  "auth.signup": { access: "public", input: (fx) => ({ username: fx.unique("azsignup"), password: NEW_PASSWORD }) },
  "auth.login": { access: "public", input: (fx) => fx.loginUser },
  "auth.me": { access: "public" },
  "auth.config": { access: "public" },
  "auth.logout": { access: "user", freshSession: true },
  "auth.whoami": { access: "user" },

  // validate, system
  "validate.run": { access: "user", input: () => ({ files: VALID_CODE }) },
  "validate.config": { access: "user" },
  "system.status": { access: "user" },

  // apps: the caller's own list, and one app by id
  "apps.list": { access: "user" },
  "apps.create": { access: "user", input: (fx) => ({ name: fx.unique("Az Made ") }) },
  "apps.listStats": { access: "user" },
  "apps.get": { access: "owner", input: app },
  "apps.update": { access: "owner", input: (fx) => ({ id: fx.app.id, name: fx.app.name }) },
  "apps.delete": { access: "owner", input: (fx, caller) => ({ id: fx.victims[caller].app.id }) },
  "apps.deploy": { access: "owner", input: (fx) => ({ id: fx.deployTarget.id }) },
  "apps.deployment": { access: "owner", input: (fx) => ({ id: fx.app.id, deploymentId: fx.app.deploymentId }) },
  "apps.deploymentEvents": { access: "owner", input: (fx) => ({ id: fx.app.id, deploymentId: fx.app.deploymentId }) },
  "apps.logs": { access: "owner", input: (fx) => ({ id: fx.app.id, tail: 20 }) },
  "apps.logsFollow": { access: "owner", input: (fx) => ({ id: fx.app.id, tail: 20 }) },
  "apps.request": { access: "owner", input: (fx) => ({ id: fx.app.id, method: "GET", path: "/", headers: {} }) },
  "apps.openapi": { access: "owner", input: app },
  "apps.requests": { access: "owner", input: (fx) => ({ id: fx.app.id, limit: 10 }) },
  "apps.metrics": { access: "owner", input: (fx) => ({ id: fx.app.id, window: "24h" }) },
  "apps.collections": { access: "owner", input: app },
  "apps.versions": { access: "owner", input: app },
  "apps.version": { access: "owner", input: (fx) => ({ id: fx.app.id, versionId: fx.app.versionId }) },
  "apps.rollback": { access: "owner", input: (fx) => ({ id: fx.deployTarget.id, versionId: fx.deployTarget.versionId }) },
  "apps.clone": { access: "owner", input: (fx) => ({ id: fx.app.id, name: fx.unique("Az Clone ") }) },
  "apps.sleep": { access: "owner", input: app },
  "apps.wake": { access: "owner", input: app },

  // data explorer: the caller's databases, and one database by name
  "data.databases": { access: "user" },
  "data.collections": { access: "owner", input: (fx) => ({ db: fx.database.name }) },
  "data.count": { access: "owner", input: db },
  "data.documents": { access: "owner", input: (fx) => ({ ...db(fx), limit: 10 }) },

  // templates: the gallery, and the owner's own templates (saved from their app)
  "templates.list": { access: "user" },
  "templates.get": { access: "owner", input: (fx) => ({ id: fx.template.id }) },
  "templates.saveFromApp": { access: "owner", input: (fx) => ({ appId: fx.app.id, name: fx.unique("Az Saved ") }) },
  "templates.update": { access: "owner", input: (fx) => ({ id: fx.template.id, name: fx.template.name }) },
  "templates.delete": { access: "owner", input: (fx, caller) => ({ id: fx.victims[caller].template.id }) },

  // admin
  "admin.settings": { access: "admin" },
  "admin.updateSettings": { access: "admin", input: (fx) => ({ signupEnabled: fx.signupEnabled }) },
  "admin.overview": { access: "admin" },
  "admin.users": { access: "admin" },
  "admin.createUser": { access: "admin", input: (fx) => ({ username: fx.unique("azmade"), password: NEW_PASSWORD }) },
  "admin.updateUser": { access: "admin", input: (fx, caller) => ({ id: fx.victims[caller].userToDisable.id, disabled: true }) },
  "admin.deleteUser": {
    access: "admin",
    input: (fx, caller) => {
      const victim = fx.victims[caller].userToDelete;
      return { id: victim.id, confirm: victim.username, dropDatabase: false };
    },
  },
  "admin.templates": { access: "admin" },
  "admin.promoteTemplate": { access: "admin", input: (fx) => ({ appId: fx.app.id, name: fx.unique("Az Promoted ") }) },
  "admin.audit": { access: "admin", input: () => ({ limit: 5 }) },
};
