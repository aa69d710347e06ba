import { z } from "zod";

/**
 * The read-only MongoDB explorer (issue #4): databases, collections, counts and documents.
 * Filter and projection are relaxed Extended JSON TEXT; lib/explorer checks them (the browser
 * can run the same checks while typing), the server checks them again before any query runs.
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Any name: whether it names a database the caller may read is the service's call (404, never 400). */
export const zDatabaseName = z.string().min(1, "db is required").max(64, "db must be at most 64 characters");
export const zCollectionName = z
  .string()
  .min(1, "collection is required")
  .max(255, "collection must be at most 255 characters")
  .refine((s) => !s.includes("\0"), "collection must not contain NUL");

/** `field` ascending, `-field` descending; dotted paths allowed (checked in lib/explorer/sort). */
const zSortText = z.string().trim().max(200, "sort must be at most 200 characters");
const zQueryText = (what: string) => z.string().max(16_384, `${what} must be at most 16 KB`);

export const zDataCollectionsInput = z.object({ db: zDatabaseName });
export type DataCollectionsInput = z.infer<typeof zDataCollectionsInput>;

export const zDataCountInput = z.object({
  db: zDatabaseName,
  collection: zCollectionName,
  /** Relaxed Extended JSON text of a MongoDB query, e.g. `{"n": {"$gt": 3}}`. */
  filter: zQueryText("filter").optional(),
});
export type DataCountInput = z.infer<typeof zDataCountInput>;

export const zDataDocumentsInput = zDataCountInput.extend({
  sort: zSortText.optional(),
  /** Relaxed Extended JSON text of `{field: 0|1, ...}`. */
  projection: zQueryText("projection").optional(),
  limit: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `limit must be one of ${PAGE_SIZES.join(", ")}`)
    .default(DEFAULT_PAGE_SIZE),
  /** `nextCursor` of the previous page (opaque). */
  after: z.string().max(16_384, "after is not a cursor returned by this API").optional(),
});
export type DataDocumentsInput = z.infer<typeof zDataDocumentsInput>;

export const zDatabaseOwner = z.object({ id: z.string(), username: z.string() });

export const zDatabaseInfo = z.object({
  name: z.string(),
  /** Storage plus indexes as MongoDB reports them (dbStats); null when the server would not say. */
  sizeBytes: z.number().nullable(),
  collections: z.number(),
  owner: zDatabaseOwner,
});
export type DatabaseInfo = z.infer<typeof zDatabaseInfo>;
export const zDataDatabasesOutput = z.object({ databases: z.array(zDatabaseInfo) });
export type DataDatabasesOutput = z.infer<typeof zDataDatabasesOutput>;

export const zCollectionInfo = z.object({
  name: z.string(),
  count: z.number(),
  /** true: MongoDB's metadata count (estimatedDocumentCount); `data.count` gives an exact one. */
  countIsEstimate: z.boolean(),
  /** Storage size (collStats); null when unknown (views, or a server that does not say). */
  sizeBytes: z.number().nullable(),
  /** Kiln's own (`_platform_*`) or MongoDB's (`system.*`): shown apart, not hidden. */
  internal: z.boolean(),
});
export type CollectionInfo = z.infer<typeof zCollectionInfo>;
export const zDataCollectionsOutput = z.object({ collections: z.array(zCollectionInfo) });
export type DataCollectionsOutput = z.infer<typeof zDataCollectionsOutput>;

export const zDataCountOutput = z.object({ count: z.number(), exact: z.literal(true) });
export type DataCountOutput = z.infer<typeof zDataCountOutput>;

/** A document as canonical Extended JSON (`{"_id": {"$oid": …}, "n": {"$numberInt": "3"}}`). */
export const zCanonicalDocument = z.record(z.string(), z.unknown());
export const zDataDocumentsOutput = z.object({
  documents: z.array(zCanonicalDocument),
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type DataDocumentsOutput = z.infer<typeof zDataDocumentsOutput>;
