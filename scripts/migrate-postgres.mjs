// Applies prisma/migrations-postgresql/* in order, each once, in a transaction.
// Prisma's WASM schema engine cannot read PostgreSQL catalogs through @prisma/adapter-pg yet
// ("Column type 'name' could not be deserialized", prisma/orm#27403), so Kiln applies the SQL
// that `prisma migrate diff --script` generated itself. Same files, same order as `migrate deploy`.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export async function migratePostgres(root, url) {
  const dir = path.join(root, "prisma", "migrations-postgresql");
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time (two Kiln replicas may start together): the lock comes first, so
    // even creating the bookkeeping table never races.
    await client.query("SELECT pg_advisory_lock(7421001)");
    await client.query(
      'CREATE TABLE IF NOT EXISTS "_kiln_migrations" (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query('SELECT name FROM "_kiln_migrations"')).rows.map((r) => r.name));
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query('INSERT INTO "_kiln_migrations" (name) VALUES ($1)', [name]);
        await client.query("COMMIT");
        console.log(`applied ${name}`);
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${e.message}`);
      }
    }
  } finally {
    await client.end();
  }
}
