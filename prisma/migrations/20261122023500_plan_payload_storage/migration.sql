-- The payload is already gzip: don't let TOAST try to compress it again (measured ~12 % off each insert on PGlite).
ALTER TABLE "plans" ALTER COLUMN "payload" SET STORAGE EXTERNAL;
