package org.govpurchase.tender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BidQualificationRepository extends JpaRepository<BidQualification, Long> {

  Optional<BidQualification> findByBidId(long bidId);

  List<BidQualification> findByTenderIdOrderByBidId(long tenderId);
}
