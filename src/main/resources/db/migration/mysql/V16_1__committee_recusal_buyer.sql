-- a recusal because of the buyer names no bidder (V16)
ALTER TABLE committee_recusal MODIFY supplier_id BIGINT NULL;
ALTER TABLE committee_recusal MODIFY credit_code VARCHAR(18) NULL;
