-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'app',
    "ownerId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL,
    "complexity" TEXT NOT NULL DEFAULT 'starter',
    "needsDatabase" BOOLEAN NOT NULL DEFAULT false,
    "files" JSONB,
    "smoke" JSONB,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Template_scope_ownerId_idx" ON "Template"("scope", "ownerId");

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

