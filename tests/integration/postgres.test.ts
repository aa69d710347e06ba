import { afterAll, beforeAll, expect, it } from "vitest";
import { api, readEvents, viaGateway } from "../support/api";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { startPostgres, type TempPostgres } from "../support/postgres";

// The same Kiln on PostgreSQL (DATABASE_URL=postgresql://…): schema applied, core flow works.
let pg: TempPostgres;
let kiln: KilnProcess;

beforeAll(async () => {
  pg = startPostgres(54000 + (process.pid % 1000));
  pg.createDb("kiln");
  kiln = await startKiln({ env: { DATABASE_URL: pg.url("kiln") } });
});

afterAll(async () => {
  await kiln?.stop();
  pg?.stop();
});

it("signs up, creates, deploys and serves an app with PostgreSQL as the platform database", async () => {
  const signup = await api(kiln.url).post("/auth/signup", { username: "pgadmin", password: "pg-password-1" });
  expect(signup.status).toBe(201);
  expect(signup.body.user.role).toBe("admin");
  const a = api(kiln.url, signup.body.token);
  const app = await a.post("/apps", { name: "pg app", env: [{ name: "S", value: "x", secret: true }] });
  expect(app.status).toBe(201);
  expect((await a.post("/apps", { name: "pg app" })).body.slug).toBe("pg-app-2");
  const dep = await a.post(`/apps/${app.body.id}/deploy`);
  expect(dep.status).toBe(202);
  const events = await readEvents<{ phase: string }>(
    `${kiln.url}/api/v1/apps/${app.body.id}/deployments/${dep.body.deploymentId}/events`,
    signup.body.token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  expect(events.at(-1)?.phase).toBe("ready");
  const r = await viaGateway(kiln.port, app.body.slug, "/");
  expect(await r.json()).toEqual({ message: "Hello, world!" });
  const got = await a.get(`/apps/${app.body.id}`);
  expect(got.body).toMatchObject({ status: "running", deployedVersion: { number: 1 } });
  expect(got.body.env).toEqual([{ name: "S", value: null, secret: true, set: true }]);
});
