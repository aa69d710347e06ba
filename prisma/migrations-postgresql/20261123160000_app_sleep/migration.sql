-- AlterTable
ALTER TABLE "App" ADD COLUMN     "sleepSeconds" INTEGER;

