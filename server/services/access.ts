import { db } from "@/server/db";
import { NotFound } from "@/server/errors";
import type { CurrentUser } from "@/server/services/auth";

/**
 * The one place that decides who may touch an app: its owner or an admin.
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
    },
  });
  if (!app || (app.ownerId !== user.id && user.role !== "admin")) throw NotFound("App");
  return app;
}

export type OwnedApp = Awaited<ReturnType<typeof appFor>>;
