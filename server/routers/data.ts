import {
  zDataCollectionsInput,
  zDataCollectionsOutput,
  zDataCountInput,
  zDataCountOutput,
  zDataDatabasesOutput,
  zDataDocumentsInput,
  zDataDocumentsOutput,
} from "@/lib/schemas/data";
import { exactCount, listCollections } from "@/server/explorer/collections";
import { listDatabases } from "@/server/explorer/databases";
import { listDocuments } from "@/server/explorer/documents";
import { protectedProcedure, router } from "@/server/trpc";

/** The read-only MongoDB explorer (issue #4): who may read which database is decided in server/explorer/access. */
export const dataRouter = router({
  databases: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/databases", summary: "Databases you may read (admins: every user's), with size" } })
    .output(zDataDatabasesOutput)
    .query(({ ctx }) => listDatabases(ctx.user)),
  collections: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/databases/{db}/collections", summary: "Collections with estimated counts and sizes" } })
    .input(zDataCollectionsInput)
    .output(zDataCollectionsOutput)
    .query(({ ctx, input }) => listCollections(ctx.user, input)),
  count: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/databases/{db}/collections/{collection}/count",
        summary: "Exact count of documents matching a filter",
      },
    })
    .input(zDataCountInput)
    .output(zDataCountOutput)
    .query(({ ctx, input }) => exactCount(ctx.user, input)),
  documents: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/databases/{db}/collections/{collection}/documents",
        summary: "A page of documents as canonical Extended JSON (filter, sort, projection; keyset cursor `after`)",
      },
    })
    .input(zDataDocumentsInput)
    .output(zDataDocumentsOutput)
    .query(({ ctx, input }) => listDocuments(ctx.user, input)),
});
