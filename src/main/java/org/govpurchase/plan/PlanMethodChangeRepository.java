package org.govpurchase.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanMethodChangeRepository extends JpaRepository<PlanMethodChange, Long> {

  Optional<PlanMethodChange> findByPlanIdAndTenderRound(long planId, int tenderRound);

  List<PlanMethodChange> findByPlanIdOrderByTenderRound(long planId);
}
