-- Invited tender (邀请招标): the suppliers invited to bid, at least three drawn at random from the
-- suppliers qualified on the bid date [law] (DOMAIN.md §3). draw_key is the caller's idempotency
-- key: a worker that runs twice gets the first draw back. The seed is stored so the draw can be
-- replayed: the qualified suppliers sorted by id, shuffled with SplittableRandom(seed).
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE invitation_draw (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_key        VARCHAR(100) NOT NULL,
    procurement_no  VARCHAR(32)  NOT NULL,
    seed            BIGINT       NOT NULL,
    bid_date        DATE         NOT NULL,
    requested_count INT          NOT NULL,
    -- NULL: no grade required; otherwise the minimum 社会组织评估等级 (org.govpurchase.supplier.EvaluationGrade)
    minimum_grade   VARCHAR(8)   NULL,
    -- UTC; an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    drawn_at        DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_invitation_draw_key UNIQUE (draw_key),
    -- at least three suppliers are invited [law]
    CONSTRAINT ck_invitation_draw_count CHECK (requested_count >= 3),
    CONSTRAINT ck_invitation_draw_grade CHECK (minimum_grade IS NULL
        OR minimum_grade IN ('A1', 'A2', 'A3', 'A4', 'A5'))
);

CREATE INDEX ix_invitation_draw_procurement ON invitation_draw (procurement_no);

-- the invited suppliers, position 1..requested_count in drawn order
CREATE TABLE invitation_draw_supplier (
    draw_id     BIGINT NOT NULL,
    supplier_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (draw_id, position),
    CONSTRAINT fk_invitation_draw_supplier_draw FOREIGN KEY (draw_id) REFERENCES invitation_draw (id),
    CONSTRAINT fk_invitation_draw_supplier_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_invitation_draw_supplier UNIQUE (draw_id, supplier_id),
    CONSTRAINT ck_invitation_draw_supplier_position CHECK (position >= 1)
);
