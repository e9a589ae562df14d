-- Contracts (合同): drafted from the award in force, signed by the purchasing agency and the
-- supplier, published and filed with the finance bureau (备案), with the instalment schedule and
-- every filing attempt and its decision.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. Times are UTC DATETIME.
-- Lengths: the service limits texts in UTF-16 units (String.length()), the count H2 stores; MySQL's
-- utf8mb4 counts characters, never more, so a text the service accepts fits on both.

CREATE TABLE contract (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procurement_no       VARCHAR(32)   NOT NULL,
    plan_id              BIGINT        NOT NULL,
    award_id             BIGINT        NOT NULL,
    -- 甲方: the purchasing agency of the plan
    agency_code          VARCHAR(32)   NOT NULL,
    -- 乙方: the awarded supplier
    supplier_id          BIGINT        NOT NULL,
    -- yuan, equal to the award's price
    amount               DECIMAL(15,2) NOT NULL,
    term_start           DATE          NOT NULL,
    term_end             DATE          NOT NULL,
    -- org.govpurchase.plan.FundingSource
    payment_route        VARCHAR(32)   NOT NULL,
    -- the drafted terms: NULL only while DRAFT
    scope_and_content    VARCHAR(2000) NULL,
    service_requirements VARCHAR(2000) NULL,
    breach_liability     VARCHAR(1000) NULL,
    -- org.govpurchase.contract.ContractStatus
    status               VARCHAR(16)   NOT NULL,
    -- the end of the 30th day after the award notice [law]
    sign_deadline        DATETIME      NOT NULL,
    agency_signed_by     VARCHAR(64)   NULL,
    agency_signed_at     DATETIME      NULL,
    supplier_signed_by   VARCHAR(64)   NULL,
    supplier_signed_at   DATETIME      NULL,
    -- the later of the two signatures
    signed_at            DATETIME      NULL,
    published_at         DATETIME      NULL,
    filed_at             DATETIME      NULL,
    -- HTBA-<year>-<6-digit contract id>, issued when the finance bureau accepts the filing
    filing_receipt_no    VARCHAR(32)   NULL,
    process_instance_id  VARCHAR(64)   NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    created_at           DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_contract_procurement UNIQUE (procurement_no),
    CONSTRAINT uk_contract_award UNIQUE (award_id),
    CONSTRAINT uk_contract_receipt UNIQUE (filing_receipt_no),
    CONSTRAINT fk_contract_plan FOREIGN KEY (plan_id) REFERENCES purchase_plan (id),
    CONSTRAINT fk_contract_award FOREIGN KEY (award_id) REFERENCES award (id),
    CONSTRAINT fk_contract_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_contract_amount CHECK (amount > 0),
    CONSTRAINT ck_contract_term CHECK (term_end >= term_start),
    CONSTRAINT ck_contract_route CHECK (payment_route IN ('AGENCY_BUDGET', 'FINANCE_DIRECT', 'MAJOR_PROJECT_CONFIRMED')),
    CONSTRAINT ck_contract_status CHECK (status IN ('DRAFT', 'SIGNING', 'SIGNED', 'PUBLISHED', 'FILED')),
    CONSTRAINT ck_contract_terms CHECK (status = 'DRAFT'
        OR (scope_and_content IS NOT NULL AND service_requirements IS NOT NULL AND breach_liability IS NOT NULL)),
    CONSTRAINT ck_contract_agency_signature CHECK (
        (agency_signed_by IS NULL AND agency_signed_at IS NULL)
        OR (agency_signed_by IS NOT NULL AND agency_signed_at IS NOT NULL)),
    CONSTRAINT ck_contract_supplier_signature CHECK (
        (supplier_signed_by IS NULL AND supplier_signed_at IS NULL)
        OR (supplier_signed_by IS NOT NULL AND supplier_signed_at IS NOT NULL AND status <> 'DRAFT')),
    CONSTRAINT ck_contract_signed CHECK (
        (status IN ('DRAFT', 'SIGNING') AND signed_at IS NULL)
        OR (status NOT IN ('DRAFT', 'SIGNING') AND signed_at IS NOT NULL
            AND agency_signed_at IS NOT NULL AND supplier_signed_at IS NOT NULL)),
    CONSTRAINT ck_contract_published CHECK (
        (status IN ('PUBLISHED', 'FILED') AND published_at IS NOT NULL)
        OR (status NOT IN ('PUBLISHED', 'FILED') AND published_at IS NULL)),
    CONSTRAINT ck_contract_filed CHECK (
        (status = 'FILED' AND filed_at IS NOT NULL AND filing_receipt_no IS NOT NULL)
        OR (status <> 'FILED' AND filed_at IS NULL AND filing_receipt_no IS NULL))
);

-- the supplier's contracts (GET /api/contracts/mine)
CREATE INDEX ix_contract_supplier ON contract (supplier_id, id);

-- 分期支付: up to four instalments adding up to the contract amount, due within the term
CREATE TABLE contract_instalment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    -- yuan
    amount      DECIMAL(15,2) NOT NULL,
    due_date    DATE          NOT NULL,
    CONSTRAINT fk_contract_instalment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT uk_contract_instalment UNIQUE (contract_id, seq),
    CONSTRAINT ck_contract_instalment_seq CHECK (seq BETWEEN 1 AND 4),
    CONSTRAINT ck_contract_instalment_amount CHECK (amount > 0)
);

-- 备案: each submission to the finance bureau and its decision
CREATE TABLE contract_filing (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id   BIGINT        NOT NULL,
    attempt       INT           NOT NULL,
    submitted_at  DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- what the agency corrected after a return (attempts after the first)
    correction    VARCHAR(1000) NULL,
    -- NULL until decided
    decision      VARCHAR(16)   NULL,
    return_reason VARCHAR(500)  NULL,
    decided_by    VARCHAR(64)   NULL,
    decided_at    DATETIME      NULL,
    CONSTRAINT fk_contract_filing_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT uk_contract_filing UNIQUE (contract_id, attempt),
    CONSTRAINT ck_contract_filing_attempt CHECK (attempt >= 1),
    CONSTRAINT ck_contract_filing_decision CHECK (
        (decision IS NULL AND return_reason IS NULL AND decided_by IS NULL AND decided_at IS NULL)
        OR (decision = 'ACCEPTED' AND return_reason IS NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL)
        OR (decision = 'RETURNED' AND return_reason IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
