-- Purchase catalog (购买服务目录): purchasing agencies, catalog versions per year, their items.
-- A version is drafted by one CatalogApproval instance, approved by the government and published;
-- an adjustment during the year is a new version and the old one is kept, SUPERSEDED.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

-- 购买主体: state organs, mass organizations and public institutions that buy services
CREATE TABLE purchasing_agency (
    code      VARCHAR(32)  NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    active    BOOLEAN      NOT NULL,
    CONSTRAINT uk_purchasing_agency_name UNIQUE (name)
);

CREATE TABLE catalog_version (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalog_year        INT          NOT NULL,
    -- assigned at publication: 1, 2, 3... per year; NULL while a draft
    version_no          INT          NULL,
    title               VARCHAR(100) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    -- the CatalogApproval instance that drafts this version: registering a draft is keyed on it
    process_instance_id VARCHAR(64)  NOT NULL,
    -- the version an adjustment during the year starts from
    base_version_no     INT          NULL,
    drafted_by          VARCHAR(64)  NULL,
    approved_by         VARCHAR(64)  NULL,
    approval_comment    VARCHAR(500) NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    published_at        DATETIME NULL,
    -- = catalog_year while this is the year's active published version, NULL otherwise:
    -- the unique key makes "one active version per year" a property of the schema
    active_year         INT          NULL,
    CONSTRAINT uk_catalog_version_process UNIQUE (process_instance_id),
    CONSTRAINT uk_catalog_version_no UNIQUE (catalog_year, version_no),
    CONSTRAINT uk_catalog_version_active_year UNIQUE (active_year),
    CONSTRAINT ck_catalog_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_catalog_version_year CHECK (catalog_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_catalog_version_numbered CHECK (
        (status = 'DRAFT' AND version_no IS NULL AND published_at IS NULL)
        OR (status <> 'DRAFT' AND version_no IS NOT NULL AND published_at IS NOT NULL)),
    CONSTRAINT ck_catalog_version_active CHECK (
        (status = 'PUBLISHED' AND active_year = catalog_year)
        OR (status <> 'PUBLISHED' AND active_year IS NULL))
);

-- 目录事项
CREATE TABLE catalog_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalog_version_id BIGINT        NOT NULL,
    position           INT           NOT NULL,
    name               VARCHAR(100)  NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    description        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_catalog_item_version FOREIGN KEY (catalog_version_id) REFERENCES catalog_version (id),
    CONSTRAINT uk_catalog_item_position UNIQUE (catalog_version_id, position),
    CONSTRAINT uk_catalog_item_name UNIQUE (catalog_version_id, name),
    CONSTRAINT ck_catalog_item_position CHECK (position >= 1),
    -- the codes of org.govpurchase.catalog.ServiceCategory
    CONSTRAINT ck_catalog_item_category CHECK (category IN (
        'BASIC_EDUCATION', 'BASIC_HEALTH', 'BASIC_CULTURE', 'BASIC_SPORT',
        'BASIC_PUBLIC_TRANSPORT', 'BASIC_HOUSING', 'BASIC_SOCIAL_SECURITY', 'BASIC_EMPLOYMENT',
        'SOCIAL_COMMUNITY_AFFAIRS', 'SOCIAL_ELDERLY_DISABILITY_CARE', 'SOCIAL_ASSISTANCE',
        'SOCIAL_LEGAL_AID', 'SOCIAL_WORK', 'SOCIAL_WELFARE_CHARITY', 'SOCIAL_MEDIATION',
        'SOCIAL_COMMUNITY_CORRECTION', 'SOCIAL_RESETTLEMENT', 'SOCIAL_PUBLICITY_TRAINING',
        'SECTOR_QUALIFICATION_RECOGNITION', 'SECTOR_ADMISSION_REVIEW', 'SECTOR_COMPLAINT_HANDLING',
        'TECHNICAL_RESEARCH_STATISTICS', 'TECHNICAL_AUDIT_APPRAISAL', 'TECHNICAL_INSPECTION_TESTING',
        'BUYER_LEGAL_SERVICES', 'BUYER_RESEARCH_POLICY_DRAFTING', 'BUYER_DECISION_EVALUATION',
        'BUYER_DOCUMENT_CONFERENCE'))
);

-- the purchasing agencies an item applies to
CREATE TABLE catalog_item_agency (
    catalog_item_id BIGINT      NOT NULL,
    agency_code     VARCHAR(32) NOT NULL,
    PRIMARY KEY (catalog_item_id, agency_code),
    CONSTRAINT fk_catalog_item_agency_item FOREIGN KEY (catalog_item_id)
        REFERENCES catalog_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_catalog_item_agency_agency FOREIGN KEY (agency_code)
        REFERENCES purchasing_agency (code)
);
