-- Payment (资金支付, DOMAIN.md §8): the finance bureau's funds confirmation for a major project,
-- the supplier's request for each instalment with its decision, and the payment of each instalment.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. Times are UTC DATETIME.

-- 重大项目资金确认: the route the finance bureau chose for all instalments of the contract
CREATE TABLE funds_confirmation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id  BIGINT       NOT NULL,
    route        VARCHAR(16)  NOT NULL,
    note         VARCHAR(500) NULL,
    confirmed_by VARCHAR(64)  NOT NULL,
    confirmed_at DATETIME     NOT NULL,
    CONSTRAINT uk_funds_confirmation_contract UNIQUE (contract_id),
    CONSTRAINT fk_funds_confirmation_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_funds_confirmation_route CHECK (route IN ('AGENCY_BUDGET', 'FINANCE_DIRECT'))
);

-- 付款申请: each request of the supplier for an instalment (attempt 1, 2... after returns) and its decision
CREATE TABLE instalment_request (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instalment_id BIGINT       NOT NULL,
    attempt       INT          NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  DATETIME     NOT NULL,
    note          VARCHAR(500) NULL,
    -- NULL while pending
    decision      VARCHAR(16)  NULL,
    return_reason VARCHAR(500) NULL,
    decided_by    VARCHAR(64)  NULL,
    decided_at    DATETIME     NULL,
    CONSTRAINT uk_instalment_request UNIQUE (instalment_id, attempt),
    CONSTRAINT fk_instalment_request_instalment FOREIGN KEY (instalment_id) REFERENCES contract_instalment (id),
    CONSTRAINT ck_instalment_request_attempt CHECK (attempt >= 1),
    CONSTRAINT ck_instalment_request_decision CHECK (
        (decision IS NULL AND return_reason IS NULL AND decided_by IS NULL AND decided_at IS NULL)
        OR (decision = 'APPROVED' AND return_reason IS NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL)
        OR (decision = 'RETURNED' AND return_reason IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
);

-- 支付: one payment per instalment; the worker's idempotency key makes a retried payment pay once
CREATE TABLE payment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instalment_id   BIGINT        NOT NULL,
    contract_id     BIGINT        NOT NULL,
    idempotency_key VARCHAR(64)   NOT NULL,
    -- yuan
    amount          DECIMAL(15,2) NOT NULL,
    route           VARCHAR(16)   NOT NULL,
    due_date        DATE          NOT NULL,
    paid_at         DATETIME      NOT NULL,
    -- Beijing date of paid_at minus due_date, at least 0
    days_late       INT           NOT NULL,
    approved_by     VARCHAR(64)   NULL,
    CONSTRAINT uk_payment_instalment UNIQUE (instalment_id),
    CONSTRAINT uk_payment_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_payment_instalment FOREIGN KEY (instalment_id) REFERENCES contract_instalment (id),
    CONSTRAINT fk_payment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_route CHECK (route IN ('AGENCY_BUDGET', 'FINANCE_DIRECT')),
    CONSTRAINT ck_payment_days_late CHECK (days_late >= 0)
);

CREATE INDEX ix_payment_contract ON payment (contract_id);
