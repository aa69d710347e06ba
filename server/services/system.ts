import { type MongoStatus, mongoStatus } from "@/server/mongo/health";

/** What the UI needs to show platform features as available or not, with the reason. */
export async function systemStatus(): Promise<{ mongo: MongoStatus }> {
  return { mongo: await mongoStatus() };
}
