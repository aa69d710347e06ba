import type { RequestsInput } from "@/lib/schemas/app-data";
import { withMongo } from "@/server/mongo/health";
import { pageRequests } from "@/server/mongo/request-logs";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";
import { userDatabase } from "@/server/services/user-mongo";

/** The app's recent requests from its owner's database, newest first, keyset-paged. */
export async function listRequests(user: CurrentUser, input: RequestsInput) {
  const app = await appFor(user, input.id);
  const userDb = await userDatabase(app.ownerId);
  return withMongo("reading request logs", () =>
    pageRequests(userDb, app.id, { limit: input.limit, before: input.before, status: input.status, path: input.path }),
  );
}
