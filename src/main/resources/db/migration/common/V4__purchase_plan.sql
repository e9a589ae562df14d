-- Purchase plans (购买服务计划): one per PurchasePlan instance, drafted by a purchasing agency
-- against an item of the year's active catalog, reviewed by the finance bureau; approved plans are
-- public. And which agency each officer works for.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: the application counts String.length() (UTF-16 units, as H2 and the forms count), which
-- is never less than MySQL utf8mb4's count of characters, so whatever passes fits both.

-- the purchasing agency an officer (engine user id) works for; one agency per user
CREATE TABLE purchasing_agency_member (
    user_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    agency_code VARCHAR(32) NOT NULL,
    CONSTRAINT fk_agency_member_agency FOREIGN KEY (agency_code) REFERENCES purchasing_agency (code)
);

CREATE TABLE purchase_plan (
    id                            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the PurchasePlan instance that drafts this plan: registering a draft is keyed on it
    process_instance_id           VARCHAR(64)   NOT NULL,
    plan_year                     INT           NOT NULL,
    -- 1, 2, 3... per year; plan_no = <prefix>-<year>-<4 digits>, e.g. SZ-2026-0042
    plan_seq                      INT           NOT NULL,
    plan_no                       VARCHAR(20)   NOT NULL,
    status                        VARCHAR(16)   NOT NULL,
    agency_code                   VARCHAR(32)   NOT NULL,
    catalog_item_id               BIGINT        NOT NULL,
    service_name                  VARCHAR(100)  NOT NULL,
    service_standard              VARCHAR(1000) NOT NULL,
    -- yuan
    budget                        DECIMAL(15,2) NOT NULL,
    term_start                    DATE          NOT NULL,
    term_end                      DATE          NOT NULL,
    evaluation_method             VARCHAR(32)   NOT NULL,
    requirements                  VARCHAR(2000) NOT NULL,
    -- the payment route (DOMAIN.md §8)
    funding_source                VARCHAR(32)   NOT NULL,
    major_project                 BOOLEAN       NOT NULL,
    within_government_procurement BOOLEAN       NOT NULL,
    -- chosen on approval by the decision table procurement-method.dmn
    procurement_method            VARCHAR(32)   NULL,
    run_by_procurement_agency     BOOLEAN       NULL,
    drafted_by                    VARCHAR(64)   NULL,
    reviewed_by                   VARCHAR(64)   NULL,
    review_comment                VARCHAR(500)  NULL,
    rejection_reason              VARCHAR(500)  NULL,
    -- UTC; an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    created_at                    DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- when the finance bureau's approval or rejection was recorded
    decided_at                    DATETIME      NULL,
    CONSTRAINT uk_purchase_plan_process UNIQUE (process_instance_id),
    CONSTRAINT uk_purchase_plan_no UNIQUE (plan_no),
    CONSTRAINT uk_purchase_plan_seq UNIQUE (plan_year, plan_seq),
    CONSTRAINT fk_purchase_plan_agency FOREIGN KEY (agency_code) REFERENCES purchasing_agency (code),
    CONSTRAINT fk_purchase_plan_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id),
    CONSTRAINT ck_purchase_plan_year CHECK (plan_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_purchase_plan_seq CHECK (plan_seq BETWEEN 1 AND 9999),
    CONSTRAINT ck_purchase_plan_status CHECK (status IN ('DRAFT', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_purchase_plan_budget CHECK (budget > 0),
    CONSTRAINT ck_purchase_plan_term CHECK (term_end > term_start),
    -- org.govpurchase.plan.EvaluationMethod
    CONSTRAINT ck_purchase_plan_method CHECK (evaluation_method IN ('COMPREHENSIVE_SCORING', 'LOWEST_PRICE')),
    -- org.govpurchase.plan.FundingSource
    CONSTRAINT ck_purchase_plan_funding CHECK (funding_source IN ('AGENCY_BUDGET', 'FINANCE_DIRECT',
        'MAJOR_PROJECT_CONFIRMED')),
    -- a major project's money is fixed with the finance bureau beforehand (route 3), and only its
    CONSTRAINT ck_purchase_plan_major CHECK (
        (major_project = TRUE AND funding_source = 'MAJOR_PROJECT_CONFIRMED')
        OR (major_project = FALSE AND funding_source <> 'MAJOR_PROJECT_CONFIRMED')),
    CONSTRAINT ck_purchase_plan_decided CHECK (
        (status = 'DRAFT' AND decided_at IS NULL)
        OR (status <> 'DRAFT' AND decided_at IS NOT NULL)),
    -- org.govpurchase.plan.ProcurementMethod; an approved plan always has one
    CONSTRAINT ck_purchase_plan_procurement CHECK (procurement_method IN ('OPEN_TENDER', 'INVITED_TENDER',
        'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'REQUEST_FOR_QUOTATION', 'SINGLE_SOURCE',
        'DIRECT_PURCHASE')),
    CONSTRAINT ck_purchase_plan_approved CHECK (status <> 'APPROVED'
        OR (procurement_method IS NOT NULL AND run_by_procurement_agency IS NOT NULL)),
    CONSTRAINT ck_purchase_plan_rejection CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
);

-- the public list: a year's approved plans
CREATE INDEX ix_purchase_plan_year_status ON purchase_plan (plan_year, status);
