-- Awards (中标/成交) and challenges (质疑): the supplier a procurement goes to, from the evaluation
-- report's ranking (REPORT), a single-source publicity (SINGLE_SOURCE) or a direct purchase
-- (DIRECT_PURCHASE), and the bidders' challenges against the announced result.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: the service limits texts in UTF-16 units (String.length()), the count H2 stores; MySQL's
-- utf8mb4 counts characters, never more, so a text the service accepts fits on both.
-- Times are UTC DATETIME.

CREATE TABLE award (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the procurement number (the tender's, or the plan number without a tender)
    procurement_no        VARCHAR(32)   NOT NULL,
    plan_id               BIGINT        NOT NULL,
    -- NULL without a tender (direct purchase, single source)
    tender_id             BIGINT        NULL,
    supplier_id           BIGINT        NOT NULL,
    -- yuan
    price                 DECIMAL(15,2) NOT NULL,
    -- org.govpurchase.award.AwardSource
    source                VARCHAR(16)   NOT NULL,
    -- the place in the evaluation report's ranking (REPORT only)
    report_rank           INT           NULL,
    -- org.govpurchase.award.AwardStatus
    status                VARCHAR(16)   NOT NULL,
    -- why this supplier (direct purchase, single source) or why it moved to the next ranked
    justification         VARCHAR(1000) NULL,
    proposed_by           VARCHAR(64)   NOT NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    proposed_at           DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- single source: the end of the 5th working day of the publicity
    publicity_ends        DATETIME      NULL,
    confirmed_by          VARCHAR(64)   NULL,
    confirmed_comment     VARCHAR(500)  NULL,
    confirmed_at          DATETIME      NULL,
    announced_at          DATETIME      NULL,
    revoked_at            DATETIME      NULL,
    revoked_reason        VARCHAR(1000) NULL,
    -- = procurement_no unless REVOKED, NULL then: the unique key makes "at most one award in force
    -- per procurement" a property of the schema
    active_procurement_no VARCHAR(32)   NULL,
    CONSTRAINT fk_award_plan FOREIGN KEY (plan_id) REFERENCES purchase_plan (id),
    CONSTRAINT fk_award_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_award_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_award_active UNIQUE (active_procurement_no),
    CONSTRAINT ck_award_price CHECK (price > 0),
    CONSTRAINT ck_award_source CHECK (source IN ('REPORT', 'SINGLE_SOURCE', 'DIRECT_PURCHASE')),
    CONSTRAINT ck_award_rank CHECK (
        (source = 'REPORT' AND report_rank IS NOT NULL AND report_rank >= 1)
        OR (source <> 'REPORT' AND report_rank IS NULL)),
    CONSTRAINT ck_award_publicity CHECK (source = 'SINGLE_SOURCE' OR publicity_ends IS NULL),
    CONSTRAINT ck_award_status CHECK (status IN ('PROPOSED', 'ANNOUNCED', 'REVOKED')),
    CONSTRAINT ck_award_active CHECK (
        (status <> 'REVOKED' AND active_procurement_no = procurement_no
            AND revoked_at IS NULL AND revoked_reason IS NULL)
        OR (status = 'REVOKED' AND active_procurement_no IS NULL
            AND revoked_at IS NOT NULL AND revoked_reason IS NOT NULL)),
    CONSTRAINT ck_award_announced CHECK (
        (status = 'PROPOSED' AND announced_at IS NULL AND confirmed_at IS NULL AND confirmed_by IS NULL)
        OR (status = 'ANNOUNCED' AND announced_at IS NOT NULL AND confirmed_at IS NOT NULL
            AND confirmed_by IS NOT NULL)
        OR (status = 'REVOKED'))
);

CREATE INDEX ix_award_procurement ON award (procurement_no, id);

-- 质疑: a supplier's challenge against an announced award and the buyer's answer
CREATE TABLE award_challenge (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    award_id       BIGINT        NOT NULL,
    procurement_no VARCHAR(32)   NOT NULL,
    supplier_id    BIGINT        NOT NULL,
    raised_by      VARCHAR(64)   NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    raised_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- org.govpurchase.award.ChallengeDecision; NULL until answered
    decision       VARCHAR(24)   NULL,
    answer         VARCHAR(2000) NULL,
    answered_by    VARCHAR(64)   NULL,
    answered_at    DATETIME      NULL,
    CONSTRAINT fk_award_challenge_award FOREIGN KEY (award_id) REFERENCES award (id),
    CONSTRAINT fk_award_challenge_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_award_challenge_decision CHECK (decision IS NULL
        OR decision IN ('DISMISSED', 'UPHELD_NEXT_RANKED', 'UPHELD_RETENDER')),
    CONSTRAINT ck_award_challenge_answer CHECK (
        (decision IS NOT NULL AND answer IS NOT NULL AND answered_by IS NOT NULL AND answered_at IS NOT NULL)
        OR (decision IS NULL AND answer IS NULL AND answered_by IS NULL AND answered_at IS NULL))
);

CREATE INDEX ix_award_challenge_procurement ON award_challenge (procurement_no, supplier_id, id);
