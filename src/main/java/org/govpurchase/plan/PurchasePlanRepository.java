package org.govpurchase.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PurchasePlanRepository extends JpaRepository<PurchasePlan, Long> {

  Optional<PurchasePlan> findByProcessInstanceId(String processInstanceId);

  Optional<PurchasePlan> findByPlanNoAndStatus(String planNo, PurchasePlan.Status status);

  List<PurchasePlan> findByPlanYearAndStatusOrderByPlanNo(int planYear, PurchasePlan.Status status);

  @Query("select max(p.planSeq) from PurchasePlan p where p.planYear = :year")
  Optional<Integer> lastSeq(@Param("year") int year);
}
