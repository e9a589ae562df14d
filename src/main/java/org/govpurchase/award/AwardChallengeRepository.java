package org.govpurchase.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardChallengeRepository extends JpaRepository<AwardChallenge, Long> {

  List<AwardChallenge> findByProcurementNoAndSupplierIdOrderById(String procurementNo, long supplierId);
}
