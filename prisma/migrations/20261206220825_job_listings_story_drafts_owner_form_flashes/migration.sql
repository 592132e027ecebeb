-- CreateTable
CREATE TABLE "job_listings" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "analysis" JSONB NOT NULL,
    "content_version" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_listings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_drafts" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "prompt_id" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "problem" TEXT NOT NULL DEFAULT '',
    "why" TEXT NOT NULL DEFAULT '',
    "actions" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "story_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "owner_form_flashes" (
    "family_id" UUID NOT NULL,
    "form_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "owner_form_flashes_pkey" PRIMARY KEY ("family_id","form_key")
);

-- CreateIndex
CREATE INDEX "job_listings_family_id_created_at_idx" ON "job_listings"("family_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "story_drafts_family_id_prompt_id_key" ON "story_drafts"("family_id", "prompt_id");

-- AddForeignKey
ALTER TABLE "job_listings" ADD CONSTRAINT "job_listings_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "plan_families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_drafts" ADD CONSTRAINT "story_drafts_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "plan_families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "owner_form_flashes" ADD CONSTRAINT "owner_form_flashes_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "plan_families"("id") ON DELETE CASCADE ON UPDATE CASCADE;
