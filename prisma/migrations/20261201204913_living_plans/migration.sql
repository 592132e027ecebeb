-- Living plans: a plan family holds the links (one owner link for every retake), plans gain a sequence and a start
-- date, progress is an append-only event log, and rater links sit beside the family. Existing plans keep their links:
-- each becomes the first plan of a family of its own, whose id is the plan's id.

CREATE TYPE "plan_event_kind" AS ENUM ('done', 'undone', 'start_moved', 'replanned');
CREATE TYPE "rater_response_status" AS ENUM ('answered', 'declined');

CREATE TABLE "plan_families" (
    "id" UUID NOT NULL,
    "owner_token_hash" TEXT NOT NULL,
    "share_token_hash" TEXT,
    "share_token_sealed" BYTEA,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_families_pkey" PRIMARY KEY ("id")
);

INSERT INTO "plan_families" ("id", "owner_token_hash", "share_token_hash", "share_token_sealed", "created_at")
SELECT "id", "owner_token_hash", "share_token_hash", "share_token_sealed", "created_at" FROM "plans";

ALTER TABLE "plans" ADD COLUMN "draft_id" UUID,
ADD COLUMN "family_id" UUID,
ADD COLUMN "sequence" INTEGER,
ADD COLUMN "starts_on" DATE;

UPDATE "plans" SET "family_id" = "id", "sequence" = 1, "starts_on" = "created_at"::date;

DROP INDEX "plans_owner_token_hash_key";
DROP INDEX "plans_share_token_hash_key";

ALTER TABLE "plans" DROP COLUMN "owner_token_hash",
DROP COLUMN "share_token_hash",
DROP COLUMN "share_token_sealed",
ALTER COLUMN "family_id" SET NOT NULL,
ALTER COLUMN "sequence" SET NOT NULL,
ALTER COLUMN "starts_on" SET NOT NULL;

CREATE TABLE "plan_events" (
    "id" SERIAL NOT NULL,
    "plan_id" UUID NOT NULL,
    "kind" "plan_event_kind" NOT NULL,
    "action_id" TEXT,
    "day" DATE,
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_events_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rater_links" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "label" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "rater_links_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rater_responses" (
    "id" UUID NOT NULL,
    "link_id" UUID NOT NULL,
    "status" "rater_response_status" NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "content_version" TEXT NOT NULL,
    "signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rater_responses_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "plan_families_owner_token_hash_key" ON "plan_families"("owner_token_hash");
CREATE UNIQUE INDEX "plan_families_share_token_hash_key" ON "plan_families"("share_token_hash");
CREATE INDEX "plan_events_plan_id_id_idx" ON "plan_events"("plan_id", "id");
CREATE UNIQUE INDEX "rater_links_token_hash_key" ON "rater_links"("token_hash");
CREATE INDEX "rater_links_family_id_idx" ON "rater_links"("family_id");
CREATE UNIQUE INDEX "rater_responses_link_id_key" ON "rater_responses"("link_id");
CREATE UNIQUE INDEX "plans_family_id_sequence_key" ON "plans"("family_id", "sequence");

ALTER TABLE "plans" ADD CONSTRAINT "plans_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "plan_families"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "plan_events" ADD CONSTRAINT "plan_events_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rater_links" ADD CONSTRAINT "rater_links_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "plan_families"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rater_responses" ADD CONSTRAINT "rater_responses_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "rater_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;
