/**
 * Connection strings for users' databases, built from MONGODB_URL so that every host and
 * option survives (replica sets, mongodb+srv, tls, …). Pure: tested in uri.test.ts.
 * The strings these functions return can hold credentials: never log them.
 */
import { ConnectionString } from "mongodb-connection-string-url";

export const USER_DB_PREFIX = "kiln_u_";

/** `kiln_u_<userId>`: the user's own database, and the name of their MongoDB user. */
export function userDatabaseName(userId: string): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(userId)) throw new Error("user id cannot name a MongoDB database");
  return `${USER_DB_PREFIX}${userId}`;
}

/** Mechanisms whose users live in a database of their own (the rest authenticate against $external). */
const DATABASE_MECHANISMS = new Set(["", "DEFAULT", "SCRAM-SHA-1", "SCRAM-SHA-256"]);

function params(cs: ConnectionString) {
  return cs.typedSearchParams<Record<string, string>>();
}

/** The database a URL authenticates against when it does not say so: its path's, else admin. */
function defaultAuthSource(cs: ConnectionString): string {
  return decodeURIComponent(cs.pathname.replace(/^\//, "")) || "admin";
}

export interface MongoCredentials {
  username: string;
  password: string;
}

/**
 * MONGODB_URL pointed at `database`: `MongoClient(uri).get_default_database()` is that database.
 * With credentials, they replace the platform's and authenticate against `database` itself
 * (SCRAM-SHA-256). Without, the platform's own credentials stay and keep authenticating where
 * they did before (isolation is then not enforced).
 */
export function databaseUri(baseUrl: string, database: string, credentials?: MongoCredentials): string {
  const cs = new ConnectionString(baseUrl);
  const p = params(cs);
  if (credentials) {
    cs.username = encodeURIComponent(credentials.username);
    cs.password = encodeURIComponent(credentials.password);
    p.set("authSource", database);
    p.set("authMechanism", "SCRAM-SHA-256");
    p.delete("authMechanismProperties");
  } else if (cs.username && !p.has("authSource") && DATABASE_MECHANISMS.has((p.get("authMechanism") ?? "").toUpperCase())) {
    p.set("authSource", defaultAuthSource(cs));
  }
  cs.pathname = `/${encodeURIComponent(database)}`;
  return cs.toString();
}

/** True when the string parses as a MongoDB connection string (the error text is not kept: it may quote the URL). */
export function isValidMongoUrl(url: string): boolean {
  try {
    new ConnectionString(url);
    return true;
  } catch {
    return false;
  }
}
