/**
 * The explorer's read-only MongoDB user, `kiln_explorer` in `admin`: readAnyDatabase plus a
 * role of Kiln's own that grants listDatabases on the cluster and nothing else (MongoDB's
 * readAnyDatabase already includes it; some Mongo-wire servers, SecantusDB among them, keep it
 * to the cluster-monitoring roles). Created with the platform connection; SCRAM-SHA-256.
 */
import type { Db } from "mongodb";
import { cannotCreateUsers, mongoCode, userAlreadyExists } from "@/server/mongo/errors";
import type { UserSetup } from "@/server/mongo/users";

export const EXPLORER_USER = "kiln_explorer";
export const LIST_DATABASES_ROLE = "kiln_list_databases";

const ROLE_ALREADY_EXISTS = 51002;

async function ensureListDatabasesRole(admin: Db): Promise<"ok" | "unsupported"> {
  try {
    await admin.command({
      createRole: LIST_DATABASES_ROLE,
      privileges: [{ resource: { cluster: true }, actions: ["listDatabases"] }],
      roles: [],
    });
  } catch (e) {
    if (cannotCreateUsers(e)) return "unsupported";
    if (mongoCode(e) !== ROLE_ALREADY_EXISTS && !userAlreadyExists(e)) throw e;
  }
  return "ok";
}

/** Creates the user (or resets it to this password and these roles); "unsupported" when the server will not. */
export async function ensureExplorerUser(admin: Db, password: string): Promise<UserSetup> {
  if ((await ensureListDatabasesRole(admin)) === "unsupported") return "unsupported";
  const spec = {
    pwd: password,
    roles: [
      { role: "readAnyDatabase", db: "admin" },
      { role: LIST_DATABASES_ROLE, db: "admin" },
    ],
    mechanisms: ["SCRAM-SHA-256"],
  };
  try {
    await admin.command({ createUser: EXPLORER_USER, ...spec });
    return "created";
  } catch (e) {
    if (cannotCreateUsers(e)) return "unsupported";
    if (!userAlreadyExists(e)) throw e;
  }
  await admin.command({ updateUser: EXPLORER_USER, ...spec });
  return "updated";
}
