-- CreateTable
CREATE TABLE "admin_form_flashes" (
    "id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "form_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "admin_form_flashes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_form_flashes_created_at_idx" ON "admin_form_flashes"("created_at");
