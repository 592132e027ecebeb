-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "drafts" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "drafts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" UUID NOT NULL,
    "owner_token_hash" TEXT NOT NULL,
    "share_token_hash" TEXT,
    "content_version" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "plan" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_releases" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_releases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "drafts_token_hash_key" ON "drafts"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "plans_owner_token_hash_key" ON "plans"("owner_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "plans_share_token_hash_key" ON "plans"("share_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "content_releases_version_key" ON "content_releases"("version");
