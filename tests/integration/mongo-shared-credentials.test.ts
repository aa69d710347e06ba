/**
 * A MongoDB where Kiln's own user cannot create users (here: readWriteAnyDatabase, no
 * userAdmin): apps get the platform URL pointed at their owner's database, isolation is
 * not enforced, and Kiln says so in one log line.
 */
import type { MongoClient } from "mongodb";
import { ConnectionString } from "mongodb-connection-string-url";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { api, viaGateway } from "../support/api";
import { createAndDeploy, eventually, signup } from "../support/apps";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { createLimitedMongoUser, type LimitedMongoUser } from "../support/limited-mongo-user";
import { MONGO_PROBE_APP } from "../support/mongo-probe-app";

let limited: LimitedMongoUser;
let root: MongoClient;
let kiln: KilnProcess;
let limitedUrl: string;
let username: string;

beforeAll(async () => {
  limited = await createLimitedMongoUser(inject("mongoUrl"), "kilnlimited");
  ({ root, url: limitedUrl, username } = limited);
  kiln = await startKiln({ env: { MONGODB_URL: limitedUrl } });
});

afterAll(async () => {
  await kiln?.stop();
  await limited?.drop();
});

it("deploys with the platform's credentials pointed at each user's database, and warns once", async () => {
  const dana = await signup(kiln.url, "dana");
  const erin = await signup(kiln.url, "erin");
  const danaApp = await createAndDeploy(kiln.url, dana.token, "dana db", { "app.py": MONGO_PROBE_APP });
  const erinApp = await createAndDeploy(kiln.url, erin.token, "erin db", { "app.py": MONGO_PROBE_APP });

  const who = (await (await viaGateway(kiln.port, danaApp.slug, "/whoami")).json()) as { database: string; uri: string };
  expect(who.database).toBe(`kiln_u_${dana.id}`);
  const cs = new ConnectionString(who.uri);
  expect(cs.username).toBe(username);
  expect(cs.pathname).toBe(`/kiln_u_${dana.id}`);
  expect(cs.searchParams.get("authSource")).toBe("admin");
  expect(cs.hosts).toEqual(new ConnectionString(limitedUrl).hosts);

  expect(await (await viaGateway(kiln.port, erinApp.slug, "/notes/hi", { method: "POST" })).json()).toEqual({ count: 1 });
  expect(await root.db(`kiln_u_${erin.id}`).collection("notes").countDocuments()).toBe(1);
  expect(await root.db(`kiln_u_${erin.id}`).command({ usersInfo: 1 })).toMatchObject({ users: [] });

  const warnings = kiln.output.filter((l) => l.includes("isolation is NOT enforced"));
  expect(warnings).toHaveLength(1);
  expect(kiln.output.join("\n")).not.toContain(limited.password);

  // The dashboard works the same (Kiln reads with its own client).
  await viaGateway(kiln.port, danaApp.slug, "/whoami");
  const landed = await eventually("request logs to land", async () => {
    const res = await api(kiln.url, dana.token).get(`/apps/${danaApp.id}/requests`);
    return res.status === 200 && res.body.requests.length >= 2 ? res.body.requests : undefined;
  });
  expect(landed[0]).toMatchObject({ method: "GET", path: "/whoami", status: 200 });
});
