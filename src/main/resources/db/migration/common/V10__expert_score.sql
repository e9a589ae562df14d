-- 专家评分: each serving expert's score (0-100) for each criterion of each qualified bid, as entered
-- in Tasklist (Task_ScoreBid) and stored by the evaluation.recordScore worker. One row per bid,
-- expert and criterion: the unique key makes recording the same score twice an update of the same
-- row (the worker may run twice). The comment is the expert's comment on the bid, the same on the
-- three rows of one bid. The criteria are org.govpurchase.evaluation.EvaluationProperties#criteria.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. scored_at is UTC.
CREATE TABLE expert_score (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procurement_no    VARCHAR(32)   NOT NULL,
    committee_draw_id BIGINT        NOT NULL,
    tender_id         BIGINT        NOT NULL,
    bid_id            BIGINT        NOT NULL,
    expert_id         BIGINT        NOT NULL,
    criterion         VARCHAR(16)   NOT NULL,
    score             DECIMAL(5,2)  NOT NULL,
    score_comment     VARCHAR(500)  NULL,
    -- an explicit DEFAULT keeps MySQL (explicit_defaults_for_timestamp=OFF) from adding
    -- ON UPDATE CURRENT_TIMESTAMP; the application always sets it
    scored_at         DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_expert_score UNIQUE (bid_id, expert_id, criterion),
    CONSTRAINT fk_expert_score_draw FOREIGN KEY (committee_draw_id) REFERENCES committee_draw (id),
    CONSTRAINT fk_expert_score_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_expert_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_expert_score_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT ck_expert_score_criterion CHECK (criterion IN ('PROPOSAL', 'CAPACITY', 'PRICE')),
    CONSTRAINT ck_expert_score_range CHECK (score >= 0 AND score <= 100)
);

-- the report reads a procurement's scores
CREATE INDEX ix_expert_score_procurement ON expert_score (procurement_no, bid_id);
