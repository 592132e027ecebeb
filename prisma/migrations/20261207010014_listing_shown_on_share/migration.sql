-- AlterTable
ALTER TABLE "job_listings" ADD COLUMN     "shown_on_share" BOOLEAN NOT NULL DEFAULT false;
