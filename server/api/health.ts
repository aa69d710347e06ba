import pkg from "@/package.json" with { type: "json" };
import { db } from "@/server/db";
import { env } from "@/server/env";

/** GET /api/health — liveness plus what Kiln depends on. */
export async function handleHealth(): Promise<Response> {
  let database: "up" | "down" = "up";
  try {
    await db().$queryRawUnsafe("SELECT 1");
  } catch {
    database = "down";
  }
  const mongo = "disabled" as const; // users' MongoDB arrives with issue #3
  return Response.json(
    { ok: database === "up", version: pkg.version, runtime: env().KILN_RUNTIME, database, mongo },
    { status: database === "up" ? 200 : 503 },
  );
}
