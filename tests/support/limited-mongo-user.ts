/**
 * A MongoDB user for Kiln that can read and write every database but cannot create users
 * (readWriteAnyDatabase, no userAdmin): how Kiln behaves on a server where per-user isolation
 * cannot be set up. Created with the root URL; `drop()` removes it.
 */
import { randomBytes } from "node:crypto";
import { MongoClient } from "mongodb";
import { ConnectionString } from "mongodb-connection-string-url";

export interface LimitedMongoUser {
  username: string;
  /** Its password, to check it never shows up in Kiln's output. */
  password: string;
  /** The root URL with this user's credentials. */
  url: string;
  /** A root client on the same server, for seeding and checks. */
  root: MongoClient;
  drop(): Promise<void>;
}

export async function createLimitedMongoUser(rootUrl: string, prefix: string): Promise<LimitedMongoUser> {
  const username = `${prefix}${randomBytes(3).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  const root = new MongoClient(rootUrl);
  await root.db("admin").command({ createUser: username, pwd: password, roles: [{ role: "readWriteAnyDatabase", db: "admin" }] });
  const cs = new ConnectionString(rootUrl);
  cs.username = username;
  cs.password = password;
  return {
    username,
    password,
    url: cs.toString(),
    root,
    async drop() {
      await root.db("admin").command({ dropUser: username });
      await root.close();
    },
  };
}
