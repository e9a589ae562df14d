package org.govpurchase.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationReportRepository extends JpaRepository<EvaluationReportRow, Long> {

  Optional<EvaluationReportRow> findByProcurementNo(String procurementNo);
}
