-- 取消参与政府购买服务资格 (issue 12 item 7): a disqualified supplier carries the reason and the last
-- day of the disqualification; the SupplierDisqualification process lifts it by a timer.
-- Portable SQL (H2 2.x, MySQL 8 / MariaDB 10.11); the new column takes the table's utf8mb4. One column per
-- statement: H2 and MySQL differ in the syntax for several.
ALTER TABLE supplier ADD COLUMN disqualification_reason VARCHAR(500) NULL;
ALTER TABLE supplier ADD COLUMN disqualified_until DATE NULL;
