package org.govpurchase.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertScoreRepository extends JpaRepository<ExpertScore, Long> {

  Optional<ExpertScore> findByBidIdAndExpertIdAndCriterion(long bidId, long expertId, String criterion);

  List<ExpertScore> findByBidIdOrderByExpertIdAscCriterionAsc(long bidId);
}
