-- Supervision register (督办台账): one row for every supervision of an overdue step, written by
-- the external task supervision.recordAction after the supervisor completes the supervision task.
-- Append-only: oversight's permanent, queryable record (kept at least 15 years).
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: MySQL utf8mb4 counts characters (code points), H2 counts UTF-16 units, in which a
-- rare character such as 𠮷 counts twice; the service checks the stricter H2 count.

CREATE TABLE supervision_record (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id    VARCHAR(64)  NOT NULL,
    -- the activity instance of the supervision.recordAction external task: with the process
    -- instance it is the idempotency key, a task that runs twice writes one row
    activity_instance_id   VARCHAR(64)  NOT NULL,
    process_definition_key VARCHAR(64)  NOT NULL,
    business_key           VARCHAR(100) NULL,
    -- the BPMN id of the step that was late, e.g. Task_DraftCatalog
    overdue_activity       VARCHAR(64)  NOT NULL,
    -- what it is about, e.g. the catalog title
    subject                VARCHAR(200) NULL,
    -- org.govpurchase.supervision.SupervisionAction
    action                 VARCHAR(20)  NOT NULL,
    note                   VARCHAR(500) NOT NULL,
    supervisor             VARCHAR(64)  NULL,
    -- UTC; an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    recorded_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_supervision_record_activity UNIQUE (process_instance_id, activity_instance_id),
    CONSTRAINT ck_supervision_record_action CHECK (action IN ('URGE', 'INTERVIEW', 'RECORD'))
);

-- the register is read by process and period, newest first, or by period alone
CREATE INDEX ix_supervision_record_key_time ON supervision_record (process_definition_key, recorded_at);
CREATE INDEX ix_supervision_record_time ON supervision_record (recorded_at);
