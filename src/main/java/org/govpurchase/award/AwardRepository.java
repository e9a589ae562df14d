package org.govpurchase.award;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AwardRepository extends JpaRepository<Award, Long> {

  /** the award in force (not REVOKED) of the procurement */
  @Query("select a from Award a where a.procurementNo = :no and a.status <> org.govpurchase.award.AwardStatus.REVOKED")
  Optional<Award> findActive(@Param("no") String procurementNo);

  /** the same, its row locked until the transaction ends */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Award a where a.procurementNo = :no and a.status <> org.govpurchase.award.AwardStatus.REVOKED")
  Optional<Award> findActiveLocked(@Param("no") String procurementNo);

  List<Award> findByProcurementNoOrderById(String procurementNo);

  /** the latest announced-or-revoked-after-announcement award, for the public notice */
  Optional<Award> findFirstByProcurementNoAndAnnouncedAtIsNotNullOrderByIdDesc(String procurementNo);

  // ---- other features' tables, read by name: their JPA types are their own ----

  @Query(value = "select name from supplier where id = :id", nativeQuery = true)
  Optional<String> supplierName(@Param("id") long supplierId);

  @Query(value = "select credit_code from supplier where id = :id", nativeQuery = true)
  Optional<String> supplierCreditCode(@Param("id") long supplierId);

  @Query(value = "select service_name from purchase_plan where id = :id", nativeQuery = true)
  Optional<String> serviceName(@Param("id") long planId);

  @Query(value = "select status from purchase_plan where id = :id", nativeQuery = true)
  Optional<String> planStatus(@Param("id") long planId);

  @Query(value = "select count(*) from committee_draw where procurement_no = :no", nativeQuery = true)
  long committeeDraws(@Param("no") String procurementNo);
}
