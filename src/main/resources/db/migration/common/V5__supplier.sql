-- Supplier registry (承接主体): the social organizations that bid for and deliver purchased
-- services, the evidence for the seven supplier conditions of DOMAIN.md §4 that the registration
-- authority verifies, the users who act for each organization, and its history, the start of the
-- credit record (诚信档案).
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: the service limits texts in UTF-16 units (String.length()), the count H2 stores; MySQL's
-- utf8mb4 counts characters, never more, so a text the service accepts fits on both.

CREATE TABLE supplier (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- 统一社会信用代码 (GB 32100-2015), upper case; format and check character verified by the service
    credit_code            VARCHAR(18)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    -- org.govpurchase.supplier.OrganizationType
    organization_type      VARCHAR(32)  NOT NULL,
    -- the authority the organization is registered with, e.g. 深圳市民政局
    registration_authority VARCHAR(100) NOT NULL,
    -- 社会组织评估等级: NONE or A1..A5 (1A..5A)
    evaluation_grade       VARCHAR(8)   NOT NULL,
    grade_valid_until      DATE         NULL,
    status                 VARCHAR(16)  NOT NULL,
    -- UTC; an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    created_at             DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_supplier_credit_code UNIQUE (credit_code),
    CONSTRAINT uk_supplier_name UNIQUE (name),
    CONSTRAINT ck_supplier_organization_type CHECK (organization_type IN (
        'SOCIAL_SERVICE_ORGANIZATION', 'SOCIAL_GROUP', 'FOUNDATION', 'PUBLIC_INSTITUTION',
        'ENTERPRISE', 'OTHER')),
    CONSTRAINT ck_supplier_grade CHECK (evaluation_grade IN ('NONE', 'A1', 'A2', 'A3', 'A4', 'A5')),
    CONSTRAINT ck_supplier_grade_validity CHECK (
        (evaluation_grade = 'NONE' AND grade_valid_until IS NULL)
        OR (evaluation_grade <> 'NONE' AND grade_valid_until IS NOT NULL)),
    CONSTRAINT ck_supplier_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DISQUALIFIED'))
);

-- the evidence for one of the seven conditions; one row per supplier and condition, replaced
-- when new evidence arrives (the history keeps that it happened)
CREATE TABLE supplier_condition_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id    BIGINT        NOT NULL,
    -- org.govpurchase.supplier.SupplierCondition
    condition_code VARCHAR(32)   NOT NULL,
    evidence       VARCHAR(1000) NOT NULL,
    -- where the document is kept, e.g. a file number or archive reference
    document_ref   VARCHAR(300)  NULL,
    -- NULL: does not expire
    valid_until    DATE          NULL,
    verified       BOOLEAN       NOT NULL,
    verified_by    VARCHAR(64)   NULL,
    verified_at    DATETIME      NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_supplier_evidence_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_supplier_evidence_condition UNIQUE (supplier_id, condition_code),
    CONSTRAINT ck_supplier_evidence_condition CHECK (condition_code IN (
        'LEGALLY_ESTABLISHED', 'SOUND_GOVERNANCE', 'INDEPENDENT_FINANCE', 'PROFESSIONAL_CAPACITY',
        'TAX_AND_SOCIAL_SECURITY', 'NO_MAJOR_VIOLATION_3Y', 'OTHER_LEGAL_CONDITIONS')),
    CONSTRAINT ck_supplier_evidence_verified CHECK (
        (verified = TRUE AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
        OR (verified = FALSE AND verified_by IS NULL AND verified_at IS NULL))
);

-- a supplier user acts for exactly one organization
CREATE TABLE supplier_member (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id BIGINT      NOT NULL,
    user_id     VARCHAR(64) NOT NULL,
    added_by    VARCHAR(64) NOT NULL,
    added_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_supplier_member_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_supplier_member_user UNIQUE (user_id)
);

-- append-only: the organization's history, kept at least 15 years
CREATE TABLE supplier_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id BIGINT       NOT NULL,
    -- org.govpurchase.supplier.SupplierEvent
    event_type  VARCHAR(24)  NOT NULL,
    note        VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    occurred_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_supplier_history_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_supplier_history_event CHECK (event_type IN (
        'REGISTERED', 'UPDATED', 'GRADE_CHANGED', 'EVIDENCE_RECORDED', 'EVIDENCE_VERIFIED',
        'MEMBER_ADDED', 'SUSPENDED', 'REINSTATED', 'DISQUALIFIED', 'EVALUATED'))
);

CREATE INDEX ix_supplier_history_supplier_time ON supplier_history (supplier_id, occurred_at);
