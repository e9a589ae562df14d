-- The one escalation (processes/supervision.bpmn): a supervision is its own process instance,
-- called by the late step's boundary timer. The register now says, for every supervision, which
-- instance of which process was late, who was late, since when, the due date and how many working
-- days late the step was when the supervisor acted. Rows written before this version have NULLs.
-- process_definition_key now holds the late (calling) process's key, as before; the idempotency
-- key (process_instance_id, activity_instance_id) stays the external task's own, in Supervision.
-- Portable SQL (one column per statement): runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11;
-- the columns inherit the table's utf8mb4 on MySQL.

-- the calling process instance whose step was late
ALTER TABLE supervision_record ADD COLUMN overdue_process_instance_id VARCHAR(64) NULL;
-- the late tasks' assignees, else their candidate groups, else the step's responsible group
ALTER TABLE supervision_record ADD COLUMN late_party VARCHAR(200) NULL;
-- UTC: the late task's creation, or the start of the late sub-process or service task
ALTER TABLE supervision_record ADD COLUMN late_since DATETIME NULL;
-- UTC: the late task's due date, or the time the timer fired
ALTER TABLE supervision_record ADD COLUMN due_date DATETIME NULL;
-- working days (on the working-day calendar) after the due day up to the day of the record
ALTER TABLE supervision_record ADD COLUMN working_days_late INT NULL;
ALTER TABLE supervision_record ADD CONSTRAINT ck_supervision_record_days_late CHECK (working_days_late >= 0);
