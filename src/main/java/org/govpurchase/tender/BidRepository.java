package org.govpurchase.tender;

import java.util.Collection;
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

  /** per bid: id, the supplier's name and credit code (read from supplier's table: its JPA types are its own) */
  @Query(value = "select b.id, s.name, s.credit_code from bid b join supplier s on s.id = b.supplier_id"
      + " where b.id in (:ids)", nativeQuery = true)
  List<Object[]> bidders(@Param("ids") Collection<Long> bidIds);
}
