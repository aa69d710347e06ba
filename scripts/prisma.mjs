#!/usr/bin/env node
// Runs the Prisma CLI with native engines disabled and DATABASE_URL defaulted like server/env.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stub = path.join(root, "scripts", "engine-stub.sh");
const dataDir = path.resolve(process.env.KILN_DATA_DIR ?? path.join(root, ".kiln"));
fs.mkdirSync(dataDir, { recursive: true });
const url = process.env.DATABASE_URL ?? `file:${path.join(dataDir, "kiln.db")}`;

// One source of truth: the PostgreSQL schema is the SQLite one with another provider and output.
function writePostgresSchema() {
  const src = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
  const out = path.join(root, ".kiln-prisma", "postgresql");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "schema.prisma"),
    src.replace('provider = "sqlite"', 'provider = "postgresql"').replace('"../server/db/generated"', '"../../server/db/generated-pg"'),
  );
}

function prisma(args, databaseUrl) {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) writePostgresSchema();
  const r = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), args, {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PRISMA_SCHEMA_ENGINE_BINARY: stub,
      PRISMA_QUERY_ENGINE_LIBRARY: stub,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  return r.status ?? 1;
}

const args = process.argv.slice(2);
if (args[0] === "generate") {
  // Both clients exist so one build serves SQLite and PostgreSQL (server/db picks by URL).
  const a = prisma(args, `file:${path.join(dataDir, "kiln.db")}`);
  const b = a === 0 ? prisma(args, "postgresql://generate-only@localhost/kiln") : a;
  process.exit(b);
}
if (args[0] === "migrate" && args[1] === "deploy" && /^postgres(ql)?:\/\//.test(url)) {
  const { migratePostgres } = await import("./migrate-postgres.mjs");
  await migratePostgres(root, url).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
  process.exit(0);
}
process.exit(prisma(args, url));
