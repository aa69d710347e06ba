/**
 * A MongoDB where Kiln's own user cannot create users (readWriteAnyDatabase, no userAdmin): the
 * explorer reads through the platform connection, says once that it is not role-restricted,
 * and still answers the same (access rules are Kiln's, not MongoDB's).
 */
import { randomBytes } from "node:crypto";
import { MongoClient } from "mongodb";
import { ConnectionString } from "mongodb-connection-string-url";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signup } from "../support/apps";
import { dataApi, userDb } from "../support/explorer";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const username = `kilnexfb${randomBytes(3).toString("hex")}`;
const password = randomBytes(12).toString("hex");
let root: MongoClient;
let kiln: KilnProcess;

beforeAll(async () => {
  root = new MongoClient(inject("mongoUrl"));
  await root.db("admin").command({ createUser: username, pwd: password, roles: [{ role: "readWriteAnyDatabase", db: "admin" }] });
  const cs = new ConnectionString(inject("mongoUrl"));
  cs.username = username;
  cs.password = password;
  kiln = await startKiln({ env: { MONGODB_URL: cs.toString() } });
});

afterAll(async () => {
  await kiln?.stop();
  await root?.db("admin").command({ dropUser: username });
  await root?.close();
});

it("reads through the platform connection, warns once, and keeps Kiln's access rules", async () => {
  const admin = await signup(kiln.url, "fbadmin");
  const fay = await signup(kiln.url, "fbfay");
  const gil = await signup(kiln.url, "fbgil");
  await root.db(userDb(fay.id)).collection("notes").insertOne({ text: "fay's" });
  const fayData = dataApi(kiln.url, fay.token);

  expect((await fayData.databases()).body.databases).toEqual([
    { name: userDb(fay.id), sizeBytes: expect.any(Number), collections: 1, owner: { id: fay.id, username: "fbfay" } },
  ]);
  const docs = await fayData.documents(userDb(fay.id), "notes", { projection: '{"_id": 0}' });
  expect(docs.body).toEqual({ documents: [{ text: "fay's" }], nextCursor: null });
  expect((await dataApi(kiln.url, gil.token).collections(userDb(fay.id))).status).toBe(404);

  // This server keeps listDatabases from readWriteAnyDatabase: admins still see the users' databases that hold data.
  const listed = await dataApi(kiln.url, admin.token).databases();
  expect(listed.status).toBe(200);
  expect(listed.body.databases.map((d: { name: string }) => d.name)).toEqual([userDb(admin.id), userDb(fay.id)]);

  const warnings = kiln.output.filter((l) => l.includes("data explorer is NOT role-restricted"));
  expect(warnings).toHaveLength(1);
  expect(kiln.output.join("\n")).not.toContain(password);
});
