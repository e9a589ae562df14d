-- 87号令第48条: an expert employed by the buying agency, or whose platform login is the buying
-- agency's or a bidder's, is never drawn for that procurement. The agency an expert works for
-- (a purchasing agency's code, as catalog.purchasing_agency has it); NULL: none.
ALTER TABLE expert ADD COLUMN employer_agency_code VARCHAR(32) NULL;

-- the draw records these exclusions as recusals too; one that involves the buyer names no bidder
-- (supplier_id and credit_code become nullable in the vendor script V16_1)
ALTER TABLE committee_recusal DROP CONSTRAINT ck_committee_recusal_type;
ALTER TABLE committee_recusal ADD CONSTRAINT ck_committee_recusal_type CHECK (tie_type IN (
    'EMPLOYER', 'DIRECTOR', 'CONTROLLER', 'CLOSE_RELATIVE', 'BUYER_EMPLOYEE', 'BUYER_USER', 'BIDDER_USER'));
