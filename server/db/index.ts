/**
 * The Prisma client for platform state. SQLite (libSQL adapter) by default, PostgreSQL when
 * DATABASE_URL is postgresql:// — both generated from prisma/schema.prisma.
 * Kept on globalThis: the custom server and Next's bundled route handlers share one process.
 */
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/server/env";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PgPrismaClient } from "./generated-pg/client";

export type Db = PrismaClient;
/** The client handed to an interactive `$transaction` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type { App, Deployment, EnvVar, Session, User, Version } from "./generated/client";
export { Prisma } from "./generated/client";

const g = globalThis as typeof globalThis & { __kilnDb?: Db };

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function create(): Db {
  const url = env().databaseUrl;
  if (isPostgresUrl(url)) {
    // Same schema, other provider: the generated clients have the same shape.
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

export function db(): Db {
  g.__kilnDb ??= create();
  return g.__kilnDb;
}

export async function closeDb(): Promise<void> {
  const client = g.__kilnDb;
  g.__kilnDb = undefined;
  await client?.$disconnect();
}
