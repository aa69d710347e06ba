/**
 * A MongoDB where Kiln's own user cannot create users (readWriteAnyDatabase, no userAdmin): the
 * explorer reads through the platform connection, says once that it is not role-restricted,
 * and still answers the same (access rules are Kiln's, not MongoDB's).
 */
import type { MongoClient } from "mongodb";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signup } from "../support/apps";
import { dataApi, userDb } from "../support/explorer";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { createLimitedMongoUser, type LimitedMongoUser } from "../support/limited-mongo-user";

let limited: LimitedMongoUser;
let root: MongoClient;
let kiln: KilnProcess;

beforeAll(async () => {
  limited = await createLimitedMongoUser(inject("mongoUrl"), "kilnexfb");
  root = limited.root;
  kiln = await startKiln({ env: { MONGODB_URL: limited.url } });
});

afterAll(async () => {
  await kiln?.stop();
  await limited?.drop();
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
  expect(kiln.output.join("\n")).not.toContain(limited.password);
});
