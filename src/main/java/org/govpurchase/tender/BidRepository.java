package org.govpurchase.tender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BidRepository extends JpaRepository<Bid, Long> {

  Optional<Bid> findByTenderIdAndSupplierIdAndStatus(long tenderId, long supplierId, BidStatus status);

  Optional<Bid> findFirstByTenderIdAndSupplierIdOrderByVersionDesc(long tenderId, long supplierId);

  List<Bid> findByTenderIdAndStatusOrderById(long tenderId, BidStatus status);

  /** the bid's tender, without loading the bid before its tender is locked */
  @Query("select b.tenderId from Bid b where b.id = :id")
  Optional<Long> tenderIdOf(@Param("id") long bidId);
}
