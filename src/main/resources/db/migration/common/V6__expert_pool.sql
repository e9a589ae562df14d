-- Expert pool (专家库), evaluation committee draws (评标委员会抽取) and evaluation reports (评标报告).
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.
-- Lengths: MySQL utf8mb4 counts characters (code points), H2 counts UTF-16 units, in which a
-- rare character such as 𠮷 counts twice; the services check the stricter H2 count.

-- 评审专家: user_id is the engine user who scores (NULL for an expert without a platform login)
CREATE TABLE expert (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   VARCHAR(64)  NULL,
    name      VARCHAR(100) NOT NULL,
    employer  VARCHAR(200) NULL,
    active    BOOLEAN      NOT NULL,
    CONSTRAINT uk_expert_user UNIQUE (user_id)
);

-- the codes of org.govpurchase.evaluation.Specialty
CREATE TABLE expert_specialty (
    expert_id BIGINT      NOT NULL,
    specialty VARCHAR(30) NOT NULL,
    PRIMARY KEY (expert_id, specialty),
    CONSTRAINT fk_expert_specialty_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE,
    CONSTRAINT ck_expert_specialty CHECK (specialty IN (
        'SOCIAL_WORK', 'FINANCE', 'LAW', 'ELDERLY_CARE', 'DISABILITY_SERVICES', 'CHILD_WELFARE',
        'EDUCATION', 'HEALTH', 'CULTURE_SPORT', 'COMMUNITY_GOVERNANCE', 'MANAGEMENT', 'PSYCHOLOGY'))
);

-- Ties that trigger recusal (回避): the expert was employed by (EMPLOYER), a director of (DIRECTOR)
-- or controlled (CONTROLLER) the organization with this unified social credit code, or is the
-- spouse or a close relative of such a person (CLOSE_RELATIVE). to_date NULL: the tie continues.
CREATE TABLE expert_tie (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id   BIGINT       NOT NULL,
    tie_type    VARCHAR(20)  NOT NULL,
    credit_code VARCHAR(18)  NOT NULL,
    from_date   DATE         NULL,
    to_date     DATE         NULL,
    note        VARCHAR(200) NULL,
    CONSTRAINT fk_expert_tie_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE,
    CONSTRAINT ck_expert_tie_type CHECK (tie_type IN ('EMPLOYER', 'DIRECTOR', 'CONTROLLER', 'CLOSE_RELATIVE')),
    CONSTRAINT ck_expert_tie_dates CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
);

CREATE INDEX ix_expert_tie_credit_code ON expert_tie (credit_code);

-- One random draw of an evaluation committee. draw_key is the caller's idempotency key (the
-- Tendering worker's business key for the draw, by default the procurement number): a worker
-- that runs twice gets the first draw back. The seed is stored so the draw can be replayed.
CREATE TABLE committee_draw (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_key        VARCHAR(100)  NOT NULL,
    procurement_no  VARCHAR(32)   NOT NULL,
    seed            BIGINT        NOT NULL,
    -- UTC; an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    drawn_at        DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    bid_deadline    DATE          NOT NULL,
    budget          DECIMAL(18,2) NOT NULL,
    committee_size  INT           NOT NULL,
    expert_seats    INT           NOT NULL,
    buyer_seats     INT           NOT NULL,
    standby_count   INT           NOT NULL,
    -- the specialties the plan asks for, comma-separated Specialty codes (may be empty)
    specialties     VARCHAR(400)  NOT NULL,
    -- names sealed until the award announcement
    sealed          BOOLEAN       NOT NULL,
    unsealed_at     DATETIME      NULL,
    CONSTRAINT uk_committee_draw_key UNIQUE (draw_key),
    CONSTRAINT ck_committee_draw_size CHECK (MOD(committee_size, 2) = 1 AND committee_size >= 3),
    -- experts at least two thirds of the committee [law]
    CONSTRAINT ck_committee_draw_seats CHECK (expert_seats + buyer_seats = committee_size
        AND 3 * expert_seats >= 2 * committee_size AND buyer_seats >= 0),
    CONSTRAINT ck_committee_draw_standby CHECK (standby_count >= 0)
);

CREATE INDEX ix_committee_draw_procurement ON committee_draw (procurement_no);

-- the bidders the recusal was checked against
CREATE TABLE committee_draw_bidder (
    draw_id     BIGINT      NOT NULL,
    supplier_id BIGINT      NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    PRIMARY KEY (draw_id, supplier_id),
    CONSTRAINT fk_committee_draw_bidder_draw FOREIGN KEY (draw_id) REFERENCES committee_draw (id)
);

-- Drawn experts: MEMBER (seat_no 1..expert_seats) or STANDBY (standby_order 1..n). A member who
-- declines keeps the row (declined, replaced_by = the standby who took the seat); the standby
-- becomes a MEMBER on the same seat and keeps its standby_order as history.
CREATE TABLE committee_member (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_id       BIGINT      NOT NULL,
    expert_id     BIGINT      NOT NULL,
    role          VARCHAR(10) NOT NULL,
    seat_no       INT         NULL,
    standby_order INT         NULL,
    declined      BOOLEAN     NOT NULL,
    replaced_by   BIGINT      NULL,
    CONSTRAINT fk_committee_member_draw FOREIGN KEY (draw_id) REFERENCES committee_draw (id),
    CONSTRAINT fk_committee_member_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_committee_member_replacement FOREIGN KEY (replaced_by) REFERENCES expert (id),
    CONSTRAINT uk_committee_member UNIQUE (draw_id, expert_id),
    CONSTRAINT ck_committee_member_role CHECK (role IN ('MEMBER', 'STANDBY')),
    CONSTRAINT ck_committee_member_slot CHECK (
        (role = 'MEMBER' AND seat_no IS NOT NULL) OR (role = 'STANDBY' AND standby_order IS NOT NULL))
);

-- experts the draw left out because of a tie to a bidder (回避), with the reason
CREATE TABLE committee_recusal (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_id     BIGINT       NOT NULL,
    expert_id   BIGINT       NOT NULL,
    supplier_id BIGINT       NOT NULL,
    credit_code VARCHAR(18)  NOT NULL,
    tie_type    VARCHAR(20)  NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    CONSTRAINT fk_committee_recusal_draw FOREIGN KEY (draw_id) REFERENCES committee_draw (id),
    CONSTRAINT fk_committee_recusal_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT ck_committee_recusal_type CHECK (tie_type IN ('EMPLOYER', 'DIRECTOR', 'CONTROLLER', 'CLOSE_RELATIVE'))
);

-- 评标报告: the comprehensive scoring's result as JSON (EvaluationReport), written once per
-- procurement. LONGTEXT: MySQL's LONGTEXT, on H2 2.x a CHARACTER VARYING of up to 10^9 characters.
CREATE TABLE evaluation_report (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procurement_no VARCHAR(32) NOT NULL,
    report         LONGTEXT    NOT NULL,
    created_at     DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_evaluation_report_procurement UNIQUE (procurement_no)
);
