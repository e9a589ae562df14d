package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govpurchase.evaluation.ComprehensiveScoring.Bid;
import org.govpurchase.evaluation.ComprehensiveScoring.ExpertScore;
import org.govpurchase.evaluation.EvaluationReport.Criterion;
import org.govpurchase.evaluation.EvaluationReport.RankedBid;
import org.govpurchase.evaluation.EvaluationReport.RankingStep;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** Comprehensive scoring with Shenzhen's 70/30 weights, on figures worked out by hand. */
class ComprehensiveScoringTest {

  static final Instant T0 = Instant.parse("2026-06-30T01:00:00Z");
  static final List<Criterion> CRITERIA = List.of(
      new Criterion("PLAN", "服务方案", new BigDecimal("0.40")),
      new Criterion("TEAM", "团队与资源", new BigDecimal("0.30")),
      new Criterion("DEFENCE", "现场答辩", new BigDecimal("0.30")));
  static final List<Criterion> ONE = List.of(new Criterion("ALL", "投标及答辩", BigDecimal.ONE));

  final ComprehensiveScoring scoring = new ComprehensiveScoring(EvaluationProperties.defaults());

  /**
   * Worked by hand, criteria 0.40 / 0.30 / 0.30, weights 0.70 / 0.30:
   * <pre>
   * bid 101, past 90: expert 1: 80·.4+90·.3+70·.3 = 80.0; expert 2: 85,80,75 = 80.5; expert 3: 90,85,80 = 85.5
   *          bid and defence (80+80.5+85.5)/3 = 82.00; comprehensive 90·.7+82·.3 = 63+24.6 = 87.60
   * bid 102, past 80: 90,90,90 = 90.0; 95,90,85 = 90.5; 100,95,90 = 95.5
   *          bid and defence 276/3 = 92.00; comprehensive 56+27.6 = 83.60
   * bid 103, past 95: 70,70,70 = 70.0; 75,70,65 = 70.5; 60,60,60 = 60.0
   *          bid and defence 200.5/3 = 66.8333 -> 66.83; comprehensive 66.5+20.05 = 86.55
   * </pre>
   */
  @Test
  void scoresAndRanksTheWorkedExample() {
    EvaluationReport report = scoring.score("SZ-2026-0042", CRITERIA, List.of(
        bid(101, "90", "500000", T0, scores(1, 80, 90, 70), scores(2, 85, 80, 75), scores(3, 90, 85, 80)),
        bid(102, "80", "480000", T0, scores(1, 90, 90, 90), scores(2, 95, 90, 85), scores(3, 100, 95, 90)),
        bid(103, "95", "450000", T0, scores(1, 70, 70, 70), scores(2, 75, 70, 65), scores(3, 60, 60, 60))));

    assertThat(report.ranking()).extracting(RankedBid::rank, RankedBid::supplierId,
            r -> r.bidAndDefenceScore().toPlainString(), r -> r.comprehensiveScore().toPlainString(),
            RankedBid::rankedBelowPreviousBy)
        .containsExactly(
            tuple(1, 101L, "82.00", "87.60", null),
            tuple(2, 103L, "66.83", "86.55", RankingStep.COMPREHENSIVE_SCORE),
            tuple(3, 102L, "92.00", "83.60", RankingStep.COMPREHENSIVE_SCORE));
    assertThat(report.ranking().get(0).expertScores())
        .extracting(e -> e.expertId(), e -> e.score().toPlainString())
        .containsExactly(tuple(1L, "80.00"), tuple(2L, "80.50"), tuple(3L, "85.50"));
    assertThat(report.pastEvaluationWeight()).isEqualByComparingTo("0.70");
    assertThat(report.bidAndDefenceWeight()).isEqualByComparingTo("0.30");
    assertThat(report.rankingRule()).isEqualTo(ComprehensiveScoring.RANKING_RULE)
        .contains("投标及答辩得分高者优先").contains("投标报价低者优先").contains("递交时间早者优先");
    // expert 3's 60 for bid 103 is 10.25 below the others' 70.25: within 20 points
    assertThat(report.flagged()).isEmpty();
  }

  @Test
  void roundsTheComprehensiveScoreHalfUpOnce() {
    // past 80.15 · 0.7 = 56.105; bid and defence 90 · 0.3 = 27; 83.105 -> 83.11 (HALF_EVEN would give 83.10)
    EvaluationReport report = scoring.score("SZ-2026-0043", ONE,
        List.of(bid(1, "80.15", "1000", T0, one(1, "90"), one(2, "90"))));

    assertThat(report.ranking().get(0).comprehensiveScore()).isEqualTo(new BigDecimal("83.11"));
  }

  @Test
  void theWeightsComeFromConfiguration() {
    ComprehensiveScoring fiftyFifty = new ComprehensiveScoring(new EvaluationProperties(
        new EvaluationProperties.Weights(new BigDecimal("0.5"), new BigDecimal("0.5")), null, null, null, null));

    EvaluationReport report = fiftyFifty.score("SZ-2026-0044", ONE,
        List.of(bid(1, "90", "1000", T0, one(1, "70"), one(2, "70"))));

    // 45 + 35
    assertThat(report.ranking().get(0).comprehensiveScore()).isEqualByComparingTo("80.00");
    assertThatThrownBy(() -> new EvaluationProperties.Weights(new BigDecimal("0.7"), new BigDecimal("0.4")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 1");
  }

  @Test
  void anEqualComprehensiveScoreGoesToTheHigherBidAndDefenceScore() {
    // 90·.7 + 80·.3 = 87.00 and 84·.7 + 94·.3 = 58.8 + 28.2 = 87.00
    EvaluationReport report = scoring.score("SZ-2026-0045", ONE, List.of(
        bid(1, "90", "1000", T0, one(1, "80"), one(2, "80")),
        bid(2, "84", "2000", T0.plusSeconds(60), one(1, "94"), one(2, "94"))));

    assertThat(report.ranking()).extracting(RankedBid::supplierId, r -> r.comprehensiveScore().toPlainString(),
            RankedBid::rankedBelowPreviousBy)
        .containsExactly(tuple(2L, "87.00", null), tuple(1L, "87.00", RankingStep.BID_AND_DEFENCE_SCORE));
  }

  @Test
  void comprehensiveScoresAreComparedAtTwoDecimals() {
    // 90·.7 + 80.01·.3 = 87.003 -> 87.00, tied with 84·.7 + 94·.3 = 87.00: the bid and defence score decides
    EvaluationReport report = scoring.score("SZ-2026-0046", ONE, List.of(
        bid(1, "90", "1000", T0, one(1, "80.01"), one(2, "80.01")),
        bid(2, "84", "2000", T0, one(1, "94"), one(2, "94"))));

    assertThat(report.ranking()).extracting(RankedBid::supplierId, RankedBid::rankedBelowPreviousBy)
        .containsExactly(tuple(2L, null), tuple(1L, RankingStep.BID_AND_DEFENCE_SCORE));
  }

  @Test
  void thenTheLowerPrice() {
    EvaluationReport report = scoring.score("SZ-2026-0047", ONE, List.of(
        bid(1, "90", "500000.00", T0, one(1, "80"), one(2, "80")),
        bid(2, "90", "499999.99", T0.plusSeconds(3600), one(1, "80"), one(2, "80"))));

    assertThat(report.ranking()).extracting(RankedBid::supplierId, RankedBid::rankedBelowPreviousBy)
        .containsExactly(tuple(2L, null), tuple(1L, RankingStep.PRICE));
  }

  @Test
  void thenTheEarlierSubmission() {
    EvaluationReport report = scoring.score("SZ-2026-0048", ONE, List.of(
        bid(1, "90", "500000", T0.plusSeconds(1), one(1, "80"), one(2, "80")),
        bid(2, "90", "500000", T0, one(1, "80"), one(2, "80"))));

    assertThat(report.ranking()).extracting(RankedBid::supplierId, RankedBid::rankedBelowPreviousBy)
        .containsExactly(tuple(2L, null), tuple(1L, RankingStep.SUBMISSION_TIME));
  }

  @Test
  void thenTheLowerSupplierId() {
    EvaluationReport report = scoring.score("SZ-2026-0049", ONE, List.of(
        bid(7, "90", "500000", T0, one(1, "80"), one(2, "80")),
        bid(3, "90", "500000", T0, one(1, "80"), one(2, "80"))));

    assertThat(report.ranking()).extracting(RankedBid::supplierId, RankedBid::rankedBelowPreviousBy)
        .containsExactly(tuple(3L, null), tuple(7L, RankingStep.SUPPLIER_ID));
  }

  @Test
  void anExpertFarFromTheOthersIsFlaggedButStillCounts() {
    // bid 1: expert 3 gives 40, the others 80 and 82 (mean 81): 41 below -> flagged
    //        expert 2 is 22 above the mean of the other two (60): flagged; expert 1 only 19 above 61
    // bid 2: expert 3 gives 60, the others 80 and 80: exactly 20 below -> not flagged (more than 20 is)
    EvaluationReport report = scoring.score("SZ-2026-0050", ONE, List.of(
        bid(1, "80", "1000", T0, one(1, "80"), one(2, "82"), one(3, "40")),
        bid(2, "80", "1000", T0, one(1, "80"), one(2, "80"), one(3, "60"))));

    assertThat(report.flagged()).extracting(f -> f.supplierId(), f -> f.expertId(), f -> f.score().toPlainString(),
            f -> f.othersMean().toPlainString(), f -> f.deviation().toPlainString())
        .containsExactly(
            tuple(1L, 2L, "82.00", "60.00", "22.00"),
            tuple(1L, 3L, "40.00", "81.00", "-41.00"));
    // counted: (80 + 82 + 40) / 3 = 67.33
    assertThat(report.ranking()).filteredOn(r -> r.supplierId() == 1L).singleElement()
        .extracting(r -> r.bidAndDefenceScore().toPlainString()).isEqualTo("67.33");
  }

  @Test
  void incompleteOrOutOfRangeInputIsRefused() {
    assertThatThrownBy(() -> scoring.score("SZ-2026-0051", List.of(
        new Criterion("A", "a", new BigDecimal("0.5")), new Criterion("B", "b", new BigDecimal("0.4"))),
        List.of(bid(1, "80", "1000", T0, one(1, "80")))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("权重之和须为1");
    assertThatThrownBy(() -> scoring.score("SZ-2026-0051", CRITERIA,
        List.of(bid(1, "80", "1000", T0, List.of(new ExpertScore(1L, "PLAN", new BigDecimal("80")))))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("未对供应商1的全部评分项评分");
    assertThatThrownBy(() -> scoring.score("SZ-2026-0051", ONE,
        List.of(bid(1, "80", "1000", T0, one(1, "100.5")))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("须在0至100之间");
    assertThatThrownBy(() -> scoring.score("SZ-2026-0051", ONE,
        List.of(bid(1, "101", "1000", T0, one(1, "80")))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("以往绩效评价得分");
    assertThatThrownBy(() -> scoring.score("SZ-2026-0051", ONE, List.of(
        bid(1, "80", "1000", T0, one(1, "80"), one(2, "80")),
        bid(2, "80", "1000", T0, one(1, "80")))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("每位专家须对每个投标评分");
  }

  // --- helpers

  @SafeVarargs
  static Bid bid(long supplierId, String past, String price, Instant submittedAt, List<ExpertScore>... byExpert) {
    List<ExpertScore> all = new ArrayList<>();
    for (List<ExpertScore> scores : byExpert) {
      all.addAll(scores);
    }
    return new Bid(supplierId, "52440300MJL00000" + (supplierId % 10) + "X", new BigDecimal(price), submittedAt,
        new BigDecimal(past), all);
  }

  /** one expert's PLAN, TEAM, DEFENCE scores */
  static List<ExpertScore> scores(long expertId, int plan, int team, int defence) {
    return List.of(new ExpertScore(expertId, "PLAN", BigDecimal.valueOf(plan)),
        new ExpertScore(expertId, "TEAM", BigDecimal.valueOf(team)),
        new ExpertScore(expertId, "DEFENCE", BigDecimal.valueOf(defence)));
  }

  /** one expert's single score (criteria {@link #ONE}) */
  static List<ExpertScore> one(long expertId, String score) {
    return List.of(new ExpertScore(expertId, "ALL", new BigDecimal(score)));
  }
}
