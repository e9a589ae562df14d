-- a recusal because of the buyer names no bidder (V16)
ALTER TABLE committee_recusal ALTER COLUMN supplier_id SET NULL;
ALTER TABLE committee_recusal ALTER COLUMN credit_code SET NULL;
