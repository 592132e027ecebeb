-- The payload is already gzipped (lib/stored-plans/payload.ts): PostgreSQL's own TOAST compression (pglz) of a
-- ~19 kB value only spent CPU failing to shrink it. EXTERNAL keeps out-of-line storage without that attempt; rows
-- already stored read as before (a per-column setting, it applies to values written from now on).
ALTER TABLE "plans" ALTER COLUMN "payload" SET STORAGE EXTERNAL;
