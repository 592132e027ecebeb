-- Plans move from three jsonb columns to one compressed payload (see schema.prisma). Existing rows keep their data:
-- their payload is the plain UTF-8 JSON, which lib/plans/payload.ts reads as well as gzip.
ALTER TABLE "plans" ADD COLUMN "payload" BYTEA,
ADD COLUMN "share_token_sealed" BYTEA,
ALTER COLUMN "created_at" SET DATA TYPE TIMESTAMP(3);

UPDATE "plans"
SET "payload" = convert_to(json_build_object('answers', "answers", 'result', "result", 'plan', "plan")::text, 'UTF8');

ALTER TABLE "plans" ALTER COLUMN "payload" SET NOT NULL,
DROP COLUMN "answers",
DROP COLUMN "plan",
DROP COLUMN "result";
