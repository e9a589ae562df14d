-- Final acceptance (验收, DOMAIN.md §10): one report per acceptance round of a contract, written by
-- the worker acceptance.recordReport; a passed report is published at /api/public/acceptances.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11 (the database's utf8mb4;
-- H2 counts UTF-16 units, utf8mb4 counts characters, never more, so a text the service accepts
-- fits on both). Times are UTC DATETIME. The idempotency key is (contract_id, round_no).
CREATE TABLE acceptance_report (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id             BIGINT        NOT NULL,
    procurement_no          VARCHAR(32)   NOT NULL,
    -- 1 for the first acceptance, 2 after the first rectification, ...
    round_no                INT           NOT NULL,
    result                  VARCHAR(16)   NOT NULL,
    -- a service to the public: representatives of the people served must take part
    public_service          BOOLEAN       NOT NULL,
    people_served_took_part BOOLEAN       NOT NULL,
    people_served_opinions  VARCHAR(1000) NULL,
    -- JSON: [{"standard": "...", "verdict": "PASSED|FAILED", "note": "..."}], one per service standard
    standard_verdicts       TEXT          NOT NULL,
    report_text             VARCHAR(2000) NOT NULL,
    -- the officer who recorded it; never published (public views name organizations and roles)
    accepted_by             VARCHAR(64)   NOT NULL,
    accepted_at             DATETIME      NOT NULL,
    -- a failed round: the end of the supplier's rectification period
    rectification_deadline  DATETIME      NULL,
    CONSTRAINT uk_acceptance_report_round UNIQUE (contract_id, round_no),
    CONSTRAINT fk_acceptance_report_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_acceptance_report_round CHECK (round_no >= 1),
    CONSTRAINT ck_acceptance_report_result CHECK (result IN ('PASSED', 'FAILED')),
    CONSTRAINT ck_acceptance_report_people CHECK (public_service = FALSE OR people_served_took_part = TRUE),
    CONSTRAINT ck_acceptance_report_rectification CHECK (
        (result = 'PASSED' AND rectification_deadline IS NULL)
        OR (result = 'FAILED' AND rectification_deadline IS NOT NULL))
);

CREATE INDEX ix_acceptance_report_procurement ON acceptance_report (procurement_no, round_no);
