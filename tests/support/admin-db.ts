/**
 * A read-only look into a Kiln's SQLite platform database (KILN_DATA_DIR/kiln.db), to assert
 * which rows exist after an admin action. Opened per call with writes refused (query_only).
 */
import path from "node:path";
import { createClient } from "@libsql/client";

/** The platform tables (prisma/schema.prisma) and the columns the tests look rows up by. */
const COLUMNS = {
  User: ["id", "username"],
  Session: ["userId"],
  App: ["id", "ownerId", "slug"],
  Version: ["appId"],
  Deployment: ["appId"],
  EnvVar: ["appId"],
  MongoAccount: ["userId"],
  AuditEvent: ["action", "targetId"],
} as const;

type Table = keyof typeof COLUMNS;

export type RowCheck = { [T in Table]: [table: T, column: (typeof COLUMNS)[T][number], value: string] }[Table];

/** How many rows match each check: `{apps: ["App", "ownerId", id]}` → `{apps: 1}`. */
export async function rowCounts<K extends string>(dataDir: string, checks: Record<K, RowCheck>): Promise<Record<K, number>> {
  const client = createClient({ url: `file:${path.join(dataDir, "kiln.db")}` });
  try {
    await client.execute("PRAGMA query_only = ON");
    await client.execute("PRAGMA busy_timeout = 5000");
    const out = {} as Record<K, number>;
    for (const [key, [table, column, value]] of Object.entries(checks) as [K, RowCheck][]) {
      if (!(COLUMNS[table] as readonly string[]).includes(column)) throw new Error(`rowCounts: ${table}.${column} is not a known column`);
      const res = await client.execute({ sql: `SELECT COUNT(*) AS n FROM "${table}" WHERE "${column}" = ?`, args: [value] });
      out[key] = Number(res.rows[0]?.n ?? 0);
    }
    return out;
  } finally {
    client.close();
  }
}
