-- Contract amendments (合同变更 / 补充协议): a change to the amount, the term, the payment dates or
-- the use of funds, proposed by one side and accepted or refused by the other; shortening the
-- term also needs the finance bureau's approval. An amendment in force has changed the contract
-- and its unpaid instalments, is re-published, and is filed with the finance bureau like the
-- contract itself (its attempts are rows of contract_filing with amendment_id set).
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. Times are UTC DATETIME.

CREATE TABLE contract_amendment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_id         BIGINT        NOT NULL,
    -- 第N次变更 of this contract, refused ones included
    seq                 INT           NOT NULL,
    -- AGENCY (甲方) or SUPPLIER (乙方)
    proposed_by_side    VARCHAR(16)   NOT NULL,
    proposed_by         VARCHAR(64)   NOT NULL,
    proposed_at         DATETIME      NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    -- the contract as it stood when proposed, and what is proposed (NULL: unchanged)
    old_amount          DECIMAL(15,2) NOT NULL,
    new_amount          DECIMAL(15,2) NULL,
    old_term_end        DATE          NOT NULL,
    new_term_end        DATE          NULL,
    -- the agreed change to the use of funds, in words (NULL: unchanged)
    funds_use           VARCHAR(500)  NULL,
    -- org.govpurchase.contract.AmendmentStatus
    status              VARCHAR(16)   NOT NULL,
    answered_by         VARCHAR(64)   NULL,
    answered_at         DATETIME      NULL,
    -- the finance bureau's approval of a shortened term
    term_decided_by     VARCHAR(64)   NULL,
    term_decided_at     DATETIME      NULL,
    -- why it was refused, lapsed or could not take effect
    closing_reason      VARCHAR(500)  NULL,
    in_force_at         DATETIME      NULL,
    filed_at            DATETIME      NULL,
    -- HTBA-<year>-<6-digit contract id>-B<seq>
    filing_receipt_no   VARCHAR(32)   NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_contract_amendment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT uk_contract_amendment UNIQUE (contract_id, seq),
    CONSTRAINT uk_contract_amendment_process UNIQUE (process_instance_id),
    CONSTRAINT uk_contract_amendment_receipt UNIQUE (filing_receipt_no),
    CONSTRAINT ck_contract_amendment_seq CHECK (seq >= 1),
    CONSTRAINT ck_contract_amendment_side CHECK (proposed_by_side IN ('AGENCY', 'SUPPLIER')),
    CONSTRAINT ck_contract_amendment_amount CHECK (new_amount IS NULL OR new_amount > 0),
    CONSTRAINT ck_contract_amendment_status CHECK (status IN
        ('PROPOSED', 'AGREED', 'REFUSED', 'LAPSED', 'TERM_REFUSED', 'VOID', 'IN_FORCE', 'FILED')),
    CONSTRAINT ck_contract_amendment_answer CHECK (status IN ('PROPOSED', 'LAPSED')
        OR (answered_by IS NOT NULL AND answered_at IS NOT NULL)),
    CONSTRAINT ck_contract_amendment_closed CHECK (
        status NOT IN ('REFUSED', 'LAPSED', 'TERM_REFUSED', 'VOID') OR closing_reason IS NOT NULL),
    CONSTRAINT ck_contract_amendment_in_force CHECK (
        (status IN ('IN_FORCE', 'FILED') AND in_force_at IS NOT NULL)
        OR (status NOT IN ('IN_FORCE', 'FILED') AND in_force_at IS NULL)),
    CONSTRAINT ck_contract_amendment_filed CHECK (
        (status = 'FILED' AND filed_at IS NOT NULL AND filing_receipt_no IS NOT NULL)
        OR (status <> 'FILED' AND filed_at IS NULL AND filing_receipt_no IS NULL))
);

-- the new payment schedule an amendment proposes (no rows: the schedule is unchanged); it has as
-- many instalments as the contract, and the ones already requested or paid keep their terms
CREATE TABLE contract_amendment_instalment (
    amendment_id BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    amount       DECIMAL(15,2) NOT NULL,
    due_date     DATE          NOT NULL,
    CONSTRAINT pk_contract_amendment_instalment PRIMARY KEY (amendment_id, seq),
    CONSTRAINT fk_contract_amendment_instalment FOREIGN KEY (amendment_id) REFERENCES contract_amendment (id),
    CONSTRAINT ck_contract_amendment_instalment_seq CHECK (seq BETWEEN 1 AND 4),
    CONSTRAINT ck_contract_amendment_instalment_amount CHECK (amount > 0)
);

-- an amendment's filing attempts share the contract's numbering of attempts
ALTER TABLE contract_filing ADD COLUMN amendment_id BIGINT NULL;
ALTER TABLE contract_filing ADD CONSTRAINT fk_contract_filing_amendment
    FOREIGN KEY (amendment_id) REFERENCES contract_amendment (id);
