package org.govpurchase.evaluation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.evaluation.*} (application.yaml). Every figure has the default given here, so
 * the block may be left out.
 *
 * @param weights the comprehensive scoring weights (Shenzhen: past evaluation 0.70, bid and defence 0.30)
 * @param outlierThreshold points by which an expert's score for a bid may differ from the mean of
 *     the other experts' scores for it before the expert is flagged (default 20)
 * @param committee the committee draw's figures
 */
@ConfigurationProperties("platform.evaluation")
public record EvaluationProperties(Weights weights, BigDecimal outlierThreshold, Committee committee) {

  public EvaluationProperties {
    weights = weights == null ? new Weights(null, null) : weights;
    outlierThreshold = outlierThreshold == null ? new BigDecimal("20") : outlierThreshold;
    committee = committee == null ? new Committee(null, null, null, null, null, null) : committee;
    if (outlierThreshold.signum() < 0) {
      throw new IllegalArgumentException("platform.evaluation.outlier-threshold must not be negative");
    }
  }

  /** all defaults */
  public static EvaluationProperties defaults() {
    return new EvaluationProperties(null, null, null);
  }

  /**
   * @param pastEvaluation weight of the organization's past performance evaluation results
   * @param bidAndDefence weight of the experts' score for the bid and its defence
   */
  public record Weights(BigDecimal pastEvaluation, BigDecimal bidAndDefence) {

    public Weights {
      pastEvaluation = pastEvaluation == null ? new BigDecimal("0.70") : pastEvaluation;
      bidAndDefence = bidAndDefence == null ? new BigDecimal("0.30") : bidAndDefence;
      if (pastEvaluation.signum() < 0 || bidAndDefence.signum() < 0
          || pastEvaluation.add(bidAndDefence).compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException("platform.evaluation.weights: past-evaluation (" + pastEvaluation
            + ") and bid-and-defence (" + bidAndDefence + ") must be non-negative and add up to 1");
      }
    }
  }

  /**
   * @param minSize smallest committee (default 5) [unconfirmed]
   * @param largeProjectMinSize smallest committee when the budget exceeds {@code largeProjectBudget} (default 7) [unconfirmed]
   * @param largeProjectBudget budget in yuan above which the larger minimum applies (default 10,000,000)
   * @param buyerRepresentatives the buyer's representatives on a committee unless the draw says otherwise (default 1)
   * @param standbyCount standby experts drawn unless the draw says otherwise (default 2)
   * @param recusalYears how far back before the bid deadline employment, directorships and control recuse (default 3) [law]
   */
  public record Committee(Integer minSize, Integer largeProjectMinSize, BigDecimal largeProjectBudget,
      Integer buyerRepresentatives, Integer standbyCount, Integer recusalYears) {

    public Committee {
      minSize = minSize == null ? 5 : minSize;
      largeProjectMinSize = largeProjectMinSize == null ? 7 : largeProjectMinSize;
      largeProjectBudget = largeProjectBudget == null ? new BigDecimal("10000000") : largeProjectBudget;
      buyerRepresentatives = buyerRepresentatives == null ? 1 : buyerRepresentatives;
      standbyCount = standbyCount == null ? 2 : standbyCount;
      recusalYears = recusalYears == null ? 3 : recusalYears;
      if (minSize < 3 || largeProjectMinSize < minSize || buyerRepresentatives < 0 || standbyCount < 0
          || recusalYears < 0 || largeProjectBudget.signum() < 0) {
        throw new IllegalArgumentException("platform.evaluation.committee: min-size >= 3, large-project-min-size"
            + " >= min-size, and buyer-representatives, standby-count, recusal-years, large-project-budget"
            + " not negative");
      }
    }

    /** the smallest odd committee for the budget */
    int minimumFor(BigDecimal budget) {
      int min = budget.compareTo(largeProjectBudget) > 0 ? largeProjectMinSize : minSize;
      return min % 2 == 0 ? min + 1 : min;
    }
  }
}
