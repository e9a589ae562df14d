package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.supplier.EvaluationGrade;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.evaluation.*} (application.yaml). Every figure has the default given here, so
 * the block may be left out.
 *
 * @param weights the comprehensive scoring weights (Shenzhen: past evaluation 0.70, bid and defence 0.30)
 * @param outlierThreshold points by which an expert's score for a bid may differ from the mean of
 *     the other experts' scores for it before the expert is flagged (default 20)
 * @param committee the committee draw's figures
 * @param criteria the bid-and-defence criteria each expert scores 0-100, with their weights (adding
 *     up to 1). The Tasklist form of Task_ScoreBid has exactly the fields scoreProposal,
 *     scoreCapacity and scorePrice, so the codes are fixed to {@link #CRITERION_CODES}; names and
 *     weights are configuration (default 服务方案 0.50, 团队与服务能力 0.30, 报价 0.20).
 * @param pastEvaluationScores the past-evaluation score (0-100) an organization brings into
 *     comprehensive scoring for its 社会组织评估等级 valid on the bid deadline. <b>Local policy
 *     [unconfirmed]</b>: the seeds say Shenzhen weighs past evaluation results 70% but give no
 *     conversion from grade to points; default 5A 100, 4A 90, 3A 80, 2A 70, 1A 60, none 60.
 *     Grades left out of the configuration keep these defaults.
 */
@ConfigurationProperties("platform.evaluation")
public record EvaluationProperties(Weights weights, BigDecimal outlierThreshold, Committee committee,
    List<EvaluationReport.Criterion> criteria, Map<EvaluationGrade, BigDecimal> pastEvaluationScores) {

  /** the criterion codes, one per score field of the Task_ScoreBid form */
  public static final String PROPOSAL = "PROPOSAL";
  public static final String CAPACITY = "CAPACITY";
  public static final String PRICE = "PRICE";
  public static final Set<String> CRITERION_CODES = Set.of(PROPOSAL, CAPACITY, PRICE);

  static final List<EvaluationReport.Criterion> DEFAULT_CRITERIA = List.of(
      new EvaluationReport.Criterion(PROPOSAL, "服务方案", new BigDecimal("0.50")),
      new EvaluationReport.Criterion(CAPACITY, "团队与服务能力", new BigDecimal("0.30")),
      new EvaluationReport.Criterion(PRICE, "报价", new BigDecimal("0.20")));

  static final Map<EvaluationGrade, BigDecimal> DEFAULT_PAST_EVALUATION_SCORES = Collections.unmodifiableMap(
      new EnumMap<>(Map.of(EvaluationGrade.A5, new BigDecimal("100"), EvaluationGrade.A4, new BigDecimal("90"),
          EvaluationGrade.A3, new BigDecimal("80"), EvaluationGrade.A2, new BigDecimal("70"),
          EvaluationGrade.A1, new BigDecimal("60"), EvaluationGrade.NONE, new BigDecimal("60"))));

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public EvaluationProperties {
    weights = weights == null ? new Weights(null, null) : weights;
    outlierThreshold = outlierThreshold == null ? new BigDecimal("20") : outlierThreshold;
    committee = committee == null ? new Committee(null, null, null, null, null, null) : committee;
    if (outlierThreshold.signum() < 0) {
      throw new IllegalArgumentException("platform.evaluation.outlier-threshold must not be negative");
    }
    criteria = criteria == null || criteria.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(checked(criteria));
    Map<EvaluationGrade, BigDecimal> scores = new EnumMap<>(DEFAULT_PAST_EVALUATION_SCORES);
    if (pastEvaluationScores != null) {
      pastEvaluationScores.forEach((grade, score) -> {
        if (grade == null || score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
          throw new IllegalArgumentException("platform.evaluation.past-evaluation-scores: every grade (NONE, A1..A5)"
              + " needs a score between 0 and 100: " + grade + "=" + score);
        }
        scores.put(grade, score);
      });
    }
    pastEvaluationScores = Collections.unmodifiableMap(scores);
  }

  /** all defaults */
  public static EvaluationProperties defaults() {
    return new EvaluationProperties(null, null, null, null, null);
  }

  /** the past-evaluation score (0-100) of an organization with this grade (NONE when null) */
  public BigDecimal pastEvaluationScore(EvaluationGrade grade) {
    return pastEvaluationScores.get(grade == null ? EvaluationGrade.NONE : grade);
  }

  /** the configured criterion with this code */
  public EvaluationReport.Criterion criterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no criterion " + code));
  }

  private static List<EvaluationReport.Criterion> checked(List<EvaluationReport.Criterion> criteria) {
    List<String> codes = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluationReport.Criterion c : criteria) {
      if (c == null || StringUtils.isBlank(c.code()) || StringUtils.isBlank(c.name()) || c.weight() == null
          || c.weight().signum() <= 0) {
        throw new IllegalArgumentException("platform.evaluation.criteria: every criterion needs a code, a name"
            + " and a positive weight: " + c);
      }
      codes.add(c.code());
      sum = sum.add(c.weight());
    }
    if (codes.size() != CRITERION_CODES.size() || !CRITERION_CODES.equals(Set.copyOf(codes))) {
      throw new IllegalArgumentException("platform.evaluation.criteria: the codes must be exactly "
          + CRITERION_CODES.stream().sorted().collect(Collectors.joining(", "))
          + " (the fields scoreProposal, scoreCapacity and scorePrice of the scoring form), each once: " + codes);
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("platform.evaluation.criteria: the weights must add up to 1: "
          + sum.toPlainString());
    }
    return criteria;
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
