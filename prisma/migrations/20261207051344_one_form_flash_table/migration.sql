-- One table for every form's flash (lib/forms/flash.ts), replacing the admin and owner tables; the assessment's
-- cookie-only flash moves here too. The old rows are at most an hour old and only echo a failed submit back, so
-- dropping them loses nothing worth keeping.

-- DropForeignKey
ALTER TABLE "owner_form_flashes" DROP CONSTRAINT "owner_form_flashes_family_id_fkey";

-- DropTable
DROP TABLE "admin_form_flashes";

-- DropTable
DROP TABLE "owner_form_flashes";

-- CreateTable
CREATE TABLE "form_flashes" (
    "id_hash" TEXT NOT NULL,
    "form_key" TEXT NOT NULL,
    "payload" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "form_flashes_pkey" PRIMARY KEY ("id_hash")
);

-- CreateIndex
CREATE INDEX "form_flashes_expires_at_idx" ON "form_flashes"("expires_at");
