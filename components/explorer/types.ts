/** The explorer's data, as the API answers it (data.databases, data.collections, data.documents). */
export type { CollectionInfo, DatabaseInfo, DataDocumentsOutput as DocumentsPage } from "@/lib/schemas/data";
