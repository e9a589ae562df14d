package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 评标报告: the comprehensive scoring of one procurement's bids, stored as JSON in evaluation_report.
 *
 * @param pastEvaluationWeight the weight of the past evaluation results used (e.g. 0.70)
 * @param bidAndDefenceWeight the weight of the bid and defence score used (e.g. 0.30)
 * @param outlierThreshold the deviation (points) beyond which an expert's score was flagged
 * @param criteria the bid-and-defence criteria and their weights
 * @param ranking the bids, best first
 * @param flagged expert scores far from the other experts' mean: flagged, still counted
 * @param rankingRule the ranking and tie-break rule, in words
 */
public record EvaluationReport(String procurementNo, BigDecimal pastEvaluationWeight,
    BigDecimal bidAndDefenceWeight, BigDecimal outlierThreshold, List<Criterion> criteria,
    List<RankedBid> ranking, List<FlaggedScore> flagged, String rankingRule) {

  /** a bid-and-defence criterion; the weights of a procurement's criteria add up to 1 */
  public record Criterion(String code, String name, BigDecimal weight) {
  }

  /**
   * A bid's place.
   *
   * @param rank 1 for the winner-designate
   * @param comprehensiveScore past × weight + bid-and-defence × weight, 2 decimals HALF_UP
   * @param bidAndDefenceScore the mean of the experts' weighted scores, 2 decimals HALF_UP
   * @param expertScores each expert's weighted score for the bid, 2 decimals HALF_UP
   * @param rankedBelowPreviousBy which step of the rule put this bid below the one ranked just
   *     above it; null for rank 1
   */
  public record RankedBid(int rank, long supplierId, String creditCode, BigDecimal price, Instant submittedAt,
      BigDecimal pastEvaluationScore, BigDecimal bidAndDefenceScore, BigDecimal comprehensiveScore,
      List<ExpertTotal> expertScores, RankingStep rankedBelowPreviousBy) {
  }

  /** one expert's weighted bid-and-defence score for one bid */
  public record ExpertTotal(long expertId, BigDecimal score) {
  }

  /**
   * An expert whose score for a bid deviates from the mean of the other experts' scores for it by
   * more than the threshold (2 decimals HALF_UP; the comparison uses the unrounded figures).
   */
  public record FlaggedScore(long expertId, long supplierId, BigDecimal score, BigDecimal othersMean,
      BigDecimal deviation) {
  }

  /** the steps of the ranking rule, in the order they are applied */
  public enum RankingStep {
    COMPREHENSIVE_SCORE, BID_AND_DEFENCE_SCORE, PRICE, SUBMISSION_TIME, SUPPLIER_ID
  }
}
