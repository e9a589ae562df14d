package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

/** Evaluation reports stored as JSON on the Flyway schema (H2), with application.yaml's weights. */
@DataJpaTest
@Import({EvaluationReports.class, ComprehensiveScoring.class})
class EvaluationReportsTest {

  @Autowired EvaluationReports reports;
  @Autowired ComprehensiveScoring scoring;
  @Autowired EvaluationReportRepository rows;
  @Autowired TestEntityManager entityManager;

  @Test
  void theReportIsStoredAsJsonAndReadBack() {
    EvaluationReport report = workedExample("SZ-2026-0042");

    EvaluationReport saved = reports.save(report);
    entityManager.clear();

    assertThat(saved).isEqualTo(report);
    EvaluationReport read = reports.find("SZ-2026-0042").orElseThrow();
    assertThat(read).usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(report);
    assertThat(read.ranking().get(0).comprehensiveScore()).isEqualTo(new BigDecimal("87.60"));
    assertThat(read.ranking().get(0).submittedAt()).isEqualTo(ComprehensiveScoringTest.T0);
    assertThat(reports.findJson("SZ-2026-0042")).get().asString()
        .contains("\"procurementNo\":\"SZ-2026-0042\"")
        .contains("\"comprehensiveScore\":87.60")
        .contains("\"submittedAt\":\"2026-06-30T01:00:00Z\"")
        .contains("投标及答辩得分高者优先");
    assertThat(rows.findByProcurementNo("SZ-2026-0042")).get()
        .extracting(EvaluationReportRow::getCreatedAt).isNotNull();
  }

  @Test
  void aSecondReportForTheSameProcurementReturnsTheFirst() {
    EvaluationReport first = workedExample("SZ-2026-0042");
    reports.save(first);
    EvaluationReport other = scoring.score("SZ-2026-0042", ComprehensiveScoringTest.ONE, List.of(
        ComprehensiveScoringTest.bid(9, "60", "1000", ComprehensiveScoringTest.T0,
            ComprehensiveScoringTest.one(1, "50"))));

    EvaluationReport second = reports.save(other);
    entityManager.clear();

    assertThat(rows.count()).isEqualTo(1);
    assertThat(second.ranking()).extracting(EvaluationReport.RankedBid::supplierId).containsExactly(101L, 103L, 102L);
    assertThat(reports.find("SZ-2026-0042").orElseThrow().ranking()).hasSize(3);
    assertThat(reports.find("SZ-2026-0043")).isEmpty();
  }

  /** ComprehensiveScoringTest's worked example, with the configured 0.70 / 0.30 */
  private EvaluationReport workedExample(String procurementNo) {
    return scoring.score(procurementNo, ComprehensiveScoringTest.CRITERIA, List.of(
        ComprehensiveScoringTest.bid(101, "90", "500000", ComprehensiveScoringTest.T0,
            ComprehensiveScoringTest.scores(1, 80, 90, 70), ComprehensiveScoringTest.scores(2, 85, 80, 75),
            ComprehensiveScoringTest.scores(3, 90, 85, 80)),
        ComprehensiveScoringTest.bid(102, "80", "480000", ComprehensiveScoringTest.T0,
            ComprehensiveScoringTest.scores(1, 90, 90, 90), ComprehensiveScoringTest.scores(2, 95, 90, 85),
            ComprehensiveScoringTest.scores(3, 100, 95, 90)),
        ComprehensiveScoringTest.bid(103, "95", "450000", ComprehensiveScoringTest.T0,
            ComprehensiveScoringTest.scores(1, 70, 70, 70), ComprehensiveScoringTest.scores(2, 75, 70, 65),
            ComprehensiveScoringTest.scores(3, 60, 60, 60))));
  }
}
