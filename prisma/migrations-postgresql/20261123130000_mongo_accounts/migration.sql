-- CreateTable
CREATE TABLE "MongoAccount" (
    "userId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordEnc" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MongoAccount_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "MongoAccount" ADD CONSTRAINT "MongoAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

