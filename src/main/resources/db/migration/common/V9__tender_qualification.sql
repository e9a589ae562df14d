-- Qualification review (资格审查) of the bids of a closed tender, and the changes of procurement
-- method (变更采购方式) after a failed tender.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. Times are UTC DATETIME.

-- One row per bid: the automatic check of the seven conditions on the Beijing date of the bid
-- deadline (tender.checkQualification), then the registration authority's decision
-- (tender.recordQualification): CONFIRM keeps the automatic result, OVERRIDE reverses it with a
-- reason. Both workers are keyed on bid_id.
CREATE TABLE bid_qualification (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id          BIGINT        NOT NULL,
    tender_id       BIGINT        NOT NULL,
    -- the seven conditions and ACTIVE, as found on the bid date
    auto_qualified  BOOLEAN       NOT NULL,
    -- the unmet requirements, one reason per line; '' when qualified
    unmet_reasons   VARCHAR(4000) NOT NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    checked_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- NULL until the registration authority decided; CONFIRM or OVERRIDE
    decision        VARCHAR(16)   NULL,
    override_reason VARCHAR(500)  NULL,
    -- the final result: CONFIRM = auto_qualified, OVERRIDE = NOT auto_qualified; NULL until decided
    qualified       BOOLEAN       NULL,
    reviewed_by     VARCHAR(64)   NULL,
    reviewed_at     DATETIME      NULL,
    CONSTRAINT uk_bid_qualification_bid UNIQUE (bid_id),
    CONSTRAINT fk_bid_qualification_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_bid_qualification_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT ck_bid_qualification_decision CHECK (decision IS NULL OR decision IN ('CONFIRM', 'OVERRIDE')),
    CONSTRAINT ck_bid_qualification_reasons CHECK (auto_qualified = FALSE OR unmet_reasons = ''),
    CONSTRAINT ck_bid_qualification_decided CHECK (
        (decision IS NULL AND qualified IS NULL AND reviewed_by IS NULL AND reviewed_at IS NULL
            AND override_reason IS NULL)
        OR (decision = 'CONFIRM' AND qualified = auto_qualified AND reviewed_by IS NOT NULL
            AND reviewed_at IS NOT NULL AND override_reason IS NULL)
        OR (decision = 'OVERRIDE' AND qualified <> auto_qualified AND reviewed_by IS NOT NULL
            AND reviewed_at IS NOT NULL AND override_reason IS NOT NULL))
);

CREATE INDEX ix_bid_qualification_tender ON bid_qualification (tender_id, bid_id);

-- 变更采购方式: a plan's procurement method changed after a failed tender, approved by the finance
-- bureau. Keyed on (plan, tender round): the worker that runs twice finds its change.
CREATE TABLE plan_method_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    -- the round of the Tendering process that failed
    tender_round INT         NOT NULL,
    -- org.govpurchase.plan.ProcurementMethod
    from_method VARCHAR(32)  NOT NULL,
    to_method   VARCHAR(32)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    approved_by VARCHAR(64)  NOT NULL,
    -- the finance bureau's comment on approving, if any
    approval_comment VARCHAR(500) NULL,
    changed_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_plan_method_change_round UNIQUE (plan_id, tender_round),
    CONSTRAINT fk_plan_method_change_plan FOREIGN KEY (plan_id) REFERENCES purchase_plan (id),
    CONSTRAINT ck_plan_method_change_round CHECK (tender_round >= 1),
    CONSTRAINT ck_plan_method_change_methods CHECK (from_method <> to_method),
    CONSTRAINT ck_plan_method_change_from CHECK (from_method IN ('OPEN_TENDER', 'INVITED_TENDER',
        'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'REQUEST_FOR_QUOTATION', 'SINGLE_SOURCE',
        'DIRECT_PURCHASE')),
    CONSTRAINT ck_plan_method_change_to CHECK (to_method IN ('OPEN_TENDER', 'INVITED_TENDER',
        'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'REQUEST_FOR_QUOTATION', 'SINGLE_SOURCE',
        'DIRECT_PURCHASE'))
);
