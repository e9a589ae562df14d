-- H2 counts a VARCHAR's length in UTF-16 units, MySQL/MariaDB (utf8mb4) in characters, so on H2 a
-- name with rare 4-byte characters (𠮷) would overflow a column that MySQL accepts. The
-- application limits these texts in characters (code points); on H2 the columns get room for
-- that many surrogate pairs. MySQL keeps V2's lengths.
ALTER TABLE purchasing_agency ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE catalog_version ALTER COLUMN title SET DATA TYPE VARCHAR(200);
ALTER TABLE catalog_version ALTER COLUMN approval_comment SET DATA TYPE VARCHAR(1000);
ALTER TABLE catalog_item ALTER COLUMN name SET DATA TYPE VARCHAR(200);
ALTER TABLE catalog_item ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
