/**
 * Per-user MongoDB users: `kiln_u_<id>`, created in the user's own database with readWrite on
 * that database only, SCRAM-SHA-256. Passwords go to the server and nowhere else.
 */
import type { Db } from "mongodb";
import { cannotCreateUsers, mongoCode, userAlreadyExists } from "@/server/mongo/errors";

export type UserSetup = "created" | "updated" | "unsupported";

/** Creates the user, or resets an existing one to this password and role; "unsupported" when the server will not. */
export async function ensureDatabaseUser(db: Db, username: string, password: string): Promise<UserSetup> {
  const spec = { pwd: password, roles: [{ role: "readWrite", db: db.databaseName }], mechanisms: ["SCRAM-SHA-256"] };
  try {
    await db.command({ createUser: username, ...spec });
    return "created";
  } catch (e) {
    if (cannotCreateUsers(e)) return "unsupported";
    if (!userAlreadyExists(e)) throw e;
  }
  await db.command({ updateUser: username, ...spec });
  return "updated";
}

/** Drops the user if it exists; true when one was dropped. */
export async function dropDatabaseUser(db: Db, username: string): Promise<boolean> {
  try {
    await db.command({ dropUser: username });
    return true;
  } catch (e) {
    if (mongoCode(e) === 11 /* UserNotFound */) return false;
    throw e;
  }
}
