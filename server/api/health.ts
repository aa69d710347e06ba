import pkg from "@/package.json" with { type: "json" };
import { db } from "@/server/db";
import { env } from "@/server/env";
import { mongoStatus } from "@/server/mongo/health";

/** GET /api/health — liveness plus what Kiln depends on. */
export async function handleHealth(): Promise<Response> {
  let database: "up" | "down" = "up";
  try {
    await db().$queryRawUnsafe("SELECT 1");
  } catch {
    database = "down";
  }
  // Users' MongoDB is optional: "down" or "disabled" turns database features off, not Kiln.
  const mongo = (await mongoStatus()).state;
  return Response.json(
    { ok: database === "up", version: pkg.version, runtime: env().KILN_RUNTIME, database, mongo },
    { status: database === "up" ? 200 : 503 },
  );
}
