package org.govpurchase.tender;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TenderRepository extends JpaRepository<Tender, Long> {

  Optional<Tender> findByProcurementNo(String procurementNo);

  /** the tender, its row locked until the transaction ends: bid writes and closing queue here */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from Tender t where t.id = :id")
  Optional<Tender> findLockedById(@Param("id") long id);

  List<Tender> findByStatusAndBidDeadlineAfterOrderByBidDeadlineAscIdAsc(TenderStatus status, Instant now);

  /** the plan's status (DRAFT, APPROVED, REJECTED), read from the plan's table: plan's JPA types are its own */
  @Query(value = "select status from purchase_plan where id = :id", nativeQuery = true)
  Optional<String> planStatus(@Param("id") long planId);

  /** the suppliers drawn for the invited tender with this procurement number (draw key = procurement number) */
  @Query(value = "select s.supplier_id from invitation_draw_supplier s join invitation_draw d on d.id = s.draw_id"
      + " where d.draw_key = :no and d.procurement_no = :no", nativeQuery = true)
  List<Long> invitedSuppliers(@Param("no") String procurementNo);
}
