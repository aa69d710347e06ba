import type { AppSpec } from "@/server/runtime/types";
import { resolvedEnv } from "@/server/services/env-vars";
import { getSettings } from "@/server/services/settings";
import { appMongoUri } from "@/server/services/user-mongo";

/** What the runtime needs to run one version of an app: code, env (secrets decrypted), database, limits. */
export async function buildAppSpec(
  app: { id: string; ownerId: string; slug: string; entrypoint: string },
  version: { files: Record<string, string>; codeHash: string },
): Promise<AppSpec> {
  const settings = await getSettings();
  return {
    id: app.id,
    ownerId: app.ownerId,
    slug: app.slug,
    entrypoint: app.entrypoint,
    files: version.files,
    env: await resolvedEnv(app.id),
    mongoUri: await appMongoUri(app.ownerId),
    resources: settings.defaultResources,
    egressAllowList: settings.egressAllowList,
    codeHash: version.codeHash,
  };
}
