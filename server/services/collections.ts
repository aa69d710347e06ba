import { DomainError } from "@/server/errors";
import { withMongo } from "@/server/mongo/health";
import { userDatabaseName } from "@/server/mongo/uri";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";
import { userDatabase } from "@/server/services/user-mongo";

export interface CollectionView {
  name: string;
  count: number;
  /** Kiln's own (`_platform_*`) or MongoDB's (`system.*`). */
  internal?: true;
}

const COUNT_MAX_MS = 5000;
const isInternal = (name: string) => name.startsWith("_platform_") || name.startsWith("system.");

/**
 * The collections of the app owner's database with their document counts. Answers
 * `available: false` with the reason (rather than failing) when MongoDB is disabled or down.
 */
export async function appCollections(
  user: CurrentUser,
  appId: string,
): Promise<{ available: boolean; reason?: string; database: string; collections: CollectionView[] }> {
  const app = await appFor(user, appId);
  const database = userDatabaseName(app.ownerId);
  try {
    const userDb = await userDatabase(app.ownerId);
    const collections = await withMongo("listing collections", async () => {
      const infos = await userDb.listCollections({}, { nameOnly: true, authorizedCollections: true }).toArray();
      return Promise.all(
        infos.map(async (c): Promise<CollectionView> => {
          const col = userDb.collection(c.name);
          const count =
            c.type === "view"
              ? await col.countDocuments({}, { maxTimeMS: COUNT_MAX_MS })
              : await col.estimatedDocumentCount({ maxTimeMS: COUNT_MAX_MS });
          return { name: c.name, count, ...(isInternal(c.name) && { internal: true as const }) };
        }),
      );
    });
    collections.sort((a, b) => Number(a.internal ?? false) - Number(b.internal ?? false) || a.name.localeCompare(b.name));
    return { available: true, database, collections };
  } catch (e) {
    if (e instanceof DomainError && e.code === "UNAVAILABLE") return { available: false, reason: e.message, database, collections: [] };
    throw e;
  }
}
