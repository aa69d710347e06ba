import { type CurrentUser, ownedOr404 } from "@/server/auth/policy";
import { db } from "@/server/db";

/**
 * An app the caller may touch (its owner or an admin; server/auth/policy.ts decides).
 * Someone else's app answers 404, exactly like a missing one, so ids leak nothing.
 */
export async function appFor(user: CurrentUser, appId: string) {
  const app = await db().app.findUnique({
    where: { id: appId },
    select: {
      id: true,
      ownerId: true,
      name: true,
      slug: true,
      status: true,
      draftFiles: true,
      entrypoint: true,
      deployedVersionId: true,
      createdAt: true,
      updatedAt: true,
      lastRequestAt: true,
      lastDeployAt: true,
      sleepSeconds: true,
    },
  });
  return ownedOr404(user, app, "App");
}

export type OwnedApp = Awaited<ReturnType<typeof appFor>>;
