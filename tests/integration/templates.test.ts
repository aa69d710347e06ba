/**
 * Issue #6: every template in templates/ deploys on a real Kiln (with MongoDB, so the database
 * templates get PLATFORM_MONGO_URI) and answers the smoke request its manifest.json names,
 * through the gateway. A few deploy at once: each is a real Python process.
 */
import { afterAll, beforeAll, inject, it } from "vitest";
import { zTemplateManifest } from "@/lib/schemas/templates";
import { api, readEvents, viaGateway } from "../support/api";
import { signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { readManifest, templateFiles, templateIds } from "../support/templates-files";

/** Deploys in flight at once; more gains nothing on two cores and only stretches each start. */
const PARALLEL = 3;

interface DeployEvent {
  phase: string;
  message: string;
  failure?: unknown;
}

/** At most `n` tasks at a time; the rest wait their turn in order. */
function slots(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next)
        next(); // hand the slot over
      else active--;
    }
  };
}

const ids = templateIds();
const inSlot = slots(PARALLEL);
let kiln: KilnProcess;
let token: string;
let startedAt: number;

beforeAll(async () => {
  startedAt = Date.now();
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  token = (await signup(kiln.url, "templates")).token;
});

afterAll(async () => {
  console.log(`[templates] ${ids.length} templates deployed and smoke-tested in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  await kiln?.stop();
});

/** Creates the app from the template's files and deploys it; throws with the deploy's own events unless it becomes ready. */
async function deploy(id: string): Promise<{ id: string; slug: string }> {
  const created = await api(kiln.url, token).post("/apps", { name: `template ${id}`, files: templateFiles(id) });
  if (created.status !== 201) throw new Error(`POST /apps answered ${created.status}: ${JSON.stringify(created.body)}`);
  const started = await api(kiln.url, token).post(`/apps/${created.body.id}/deploy`);
  if (started.status !== 202) throw new Error(`deploy answered ${started.status}: ${JSON.stringify(started.body)}`);
  const events = await readEvents<DeployEvent>(
    `${kiln.url}/api/v1/apps/${created.body.id}/deployments/${started.body.deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
  if (events.at(-1)?.phase !== "ready") throw new Error(`the deploy did not become ready:\n${JSON.stringify(events, null, 2)}`);
  return { id: created.body.id, slug: created.body.slug };
}

// `for` (unlike `each`) hands over the test context: concurrent tests assert with their own `expect`.
it.concurrent.for(ids)("%s deploys and answers its smoke request", { timeout: 180_000 }, async (id, { expect }) => {
  const { smoke } = zTemplateManifest.parse(readManifest(id));
  await inSlot(async () => {
    const app = await deploy(id);
    const json = smoke.body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(smoke.body) };
    const res = await viaGateway(kiln.port, app.slug, smoke.path, { method: smoke.method, ...json });
    const text = await res.text();
    expect(res.status, `${smoke.method} ${smoke.path} answered:\n${text.slice(0, 2000)}`).toBe(smoke.status);
    if (smoke.contains !== undefined) expect(text).toContain(smoke.contains);

    // Its static/ files are served as they are (Kiln serves the folder at /static/).
    for (const [name, content] of Object.entries(templateFiles(id)).filter(([n]) => n.startsWith("static/"))) {
      const file = await viaGateway(kiln.port, app.slug, `/${name}`);
      expect(file.status, name).toBe(200);
      expect(await file.text(), name).toBe(content);
    }
    // Its process is no longer needed: free the slot's memory for the next template.
    expect((await api(kiln.url, token).del(`/apps/${app.id}`)).status).toBe(204);
  });
});
