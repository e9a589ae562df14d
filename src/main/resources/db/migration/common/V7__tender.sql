-- Tenders (招标) and bids (投标): the announcement of an approved plan's procurement with its bid
-- deadline, the clarifications (澄清) that may move it, and the suppliers' bids, each replacement a
-- new version. The Tendering process drives a tender by its id; bids arrive through the supplier API.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: the service limits texts in UTF-16 units (String.length()), the count H2 stores; MySQL's
-- utf8mb4 counts characters, never more, so a text the service accepts fits on both.
-- Times are UTC DATETIME; dates (documents_issued_on) are Beijing dates.

CREATE TABLE tender (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the readable procurement number, e.g. the plan number SZ-2026-0001; announcing is keyed on it
    procurement_no        VARCHAR(32)   NOT NULL,
    plan_id               BIGINT        NOT NULL,
    -- org.govpurchase.plan.ProcurementMethod, never DIRECT_PURCHASE (no tender)
    procurement_method    VARCHAR(32)   NOT NULL,
    -- org.govpurchase.tender.TenderStatus
    status                VARCHAR(16)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    requirements          VARCHAR(2000) NOT NULL,
    -- the day the tender documents start being issued (Beijing date)
    documents_issued_on   DATE          NOT NULL,
    -- the deadline as announced, and as it stands after clarifications moved it
    original_bid_deadline DATETIME      NOT NULL,
    bid_deadline          DATETIME      NOT NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    announced_at          DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    closed_at             DATETIME      NULL,
    CONSTRAINT uk_tender_procurement_no UNIQUE (procurement_no),
    CONSTRAINT fk_tender_plan FOREIGN KEY (plan_id) REFERENCES purchase_plan (id),
    CONSTRAINT ck_tender_method CHECK (procurement_method IN ('OPEN_TENDER', 'INVITED_TENDER',
        'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'REQUEST_FOR_QUOTATION', 'SINGLE_SOURCE')),
    CONSTRAINT ck_tender_status CHECK (status IN ('ANNOUNCED', 'CLOSED', 'CANCELLED', 'FAILED', 'AWARDED')),
    -- a clarification only ever moves the deadline later
    CONSTRAINT ck_tender_deadline CHECK (bid_deadline >= original_bid_deadline),
    CONSTRAINT ck_tender_closed CHECK (
        (status = 'ANNOUNCED' AND closed_at IS NULL)
        OR (status = 'CANCELLED')
        OR (status IN ('CLOSED', 'FAILED', 'AWARDED') AND closed_at IS NOT NULL))
);

-- the open tenders, by deadline
CREATE INDEX ix_tender_status_deadline ON tender (status, bid_deadline);

-- 澄清: a supplier's question and the buyer's answer. The asker is never published.
CREATE TABLE tender_clarification (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id            BIGINT        NOT NULL,
    asked_by_supplier_id BIGINT        NOT NULL,
    asked_by             VARCHAR(64)   NOT NULL,
    question             VARCHAR(1000) NOT NULL,
    asked_at             DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    answer               VARCHAR(2000) NULL,
    answered_by          VARCHAR(64)   NULL,
    answered_at          DATETIME      NULL,
    -- where the answer moved the bid deadline so that at least 15 days remained; NULL: not moved
    deadline_moved_to    DATETIME      NULL,
    CONSTRAINT fk_tender_clarification_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_tender_clarification_supplier FOREIGN KEY (asked_by_supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_tender_clarification_answer CHECK (
        (answer IS NOT NULL AND answered_by IS NOT NULL AND answered_at IS NOT NULL)
        OR (answer IS NULL AND answered_by IS NULL AND answered_at IS NULL AND deadline_moved_to IS NULL))
);

CREATE INDEX ix_tender_clarification_tender ON tender_clarification (tender_id, id);

-- 投标: one row per version; a replacement marks the old version REPLACED and adds version + 1
CREATE TABLE bid (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id          BIGINT        NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    version            INT           NOT NULL,
    -- yuan
    price              DECIMAL(15,2) NOT NULL,
    proposal_summary   VARCHAR(2000) NOT NULL,
    -- org.govpurchase.tender.BidStatus
    status             VARCHAR(16)   NOT NULL,
    submitted_by       VARCHAR(64)   NOT NULL,
    submitted_at       DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- when and by whom the version was replaced or withdrawn
    ended_by           VARCHAR(64)   NULL,
    ended_at           DATETIME      NULL,
    -- = supplier_id while SUBMITTED, NULL otherwise: the unique key makes "at most one submitted
    -- bid per supplier and tender" a property of the schema
    active_supplier_id BIGINT        NULL,
    CONSTRAINT fk_bid_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_bid_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_bid_version UNIQUE (tender_id, supplier_id, version),
    CONSTRAINT uk_bid_active UNIQUE (tender_id, active_supplier_id),
    CONSTRAINT ck_bid_version CHECK (version >= 1),
    CONSTRAINT ck_bid_price CHECK (price > 0),
    CONSTRAINT ck_bid_status CHECK (status IN ('SUBMITTED', 'REPLACED', 'WITHDRAWN')),
    CONSTRAINT ck_bid_active CHECK (
        (status = 'SUBMITTED' AND active_supplier_id = supplier_id AND ended_at IS NULL AND ended_by IS NULL)
        OR (status <> 'SUBMITTED' AND active_supplier_id IS NULL AND ended_at IS NOT NULL AND ended_by IS NOT NULL))
);
