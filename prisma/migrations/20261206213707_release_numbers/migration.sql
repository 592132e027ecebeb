-- Release numbers that count published releases only (1, 2, 3…). The id sequence skips values (every start's
-- "publish the bundle unless it is there" insert took one even when it inserted nothing), so admins saw 1 → 6 → 7.

-- AlterTable
ALTER TABLE "content_releases" ADD COLUMN     "number" INTEGER;

-- Existing releases are numbered in the order they were published (allowed by the immutability trigger, which
-- guards data, version, note and created_at).
UPDATE "content_releases" AS r SET "number" = numbered.n
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "content_releases") AS numbered
WHERE r."id" = numbered."id";

ALTER TABLE "content_releases" ALTER COLUMN "number" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "content_releases_number_key" ON "content_releases"("number");

-- A release's number is as fixed as its content.
CREATE OR REPLACE FUNCTION "refuse_release_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW."data" IS DISTINCT FROM OLD."data" OR NEW."version" IS DISTINCT FROM OLD."version"
     OR NEW."created_at" IS DISTINCT FROM OLD."created_at" OR NEW."note" IS DISTINCT FROM OLD."note"
     OR NEW."number" IS DISTINCT FROM OLD."number" THEN
    RAISE EXCEPTION 'content_releases are immutable';
  END IF;
  RETURN NEW;
END
$$;
