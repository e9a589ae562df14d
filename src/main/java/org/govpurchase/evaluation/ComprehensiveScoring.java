package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.evaluation.EvaluationReport.RankedBid;
import org.govpurchase.evaluation.EvaluationReport.RankingStep;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Comprehensive scoring (综合评分法), Shenzhen style: an organization's past performance
 * evaluation results and the experts' score for its bid and defence, weighted by
 * {@code platform.evaluation.weights} (0.70 / 0.30).
 *
 * <p><b>Scores.</b> Each expert scores each bid 0-100 on each criterion. An expert's score for a bid
 * is the criteria-weighted sum (weights add up to 1). A bid's bid-and-defence score is the mean of
 * its experts' scores; its comprehensive score is {@code past × w1 + bidAndDefence × w2}. Figures are
 * kept exact (divisions to 10 decimals) and rounded once, to 2 decimals HALF_UP, for the report.
 *
 * <p><b>Ranking and tie-break rule</b> ({@link #RANKING_RULE}), on the rounded 2-decimal figures the
 * report shows, so anyone can check it:
 * <ol>
 *   <li>higher comprehensive score;</li>
 *   <li>on a tie, higher bid-and-defence score;</li>
 *   <li>then lower bid price;</li>
 *   <li>then earlier bid submission time;</li>
 *   <li>then lower supplier id (a final, deterministic step; two bids submitted at the same
 *       instant with equal scores and prices are not expected).</li>
 * </ol>
 * Each ranked bid records which step put it below the bid ranked just above it.
 *
 * <p><b>Outliers.</b> An expert whose score for a bid differs from the mean of the other experts'
 * scores for that bid by more than {@code platform.evaluation.outlier-threshold} (20 points) is
 * flagged in the report; the score still counts.
 */
@Component
@EnableConfigurationProperties(EvaluationProperties.class)
public class ComprehensiveScoring {

  public static final String RANKING_RULE = "按综合得分由高到低排序；综合得分相同的，依次按投标及答辩得分高者优先、"
      + "投标报价低者优先、投标文件递交时间早者优先，仍相同的按供应商编号小者优先（均以保留两位小数的得分比较）。"
      + " / Ranked by comprehensive score, highest first; ties broken by the higher bid-and-defence score, "
      + "then the lower price, then the earlier submission time, then the lower supplier id (scores compared "
      + "at 2 decimals).";

  static final int MAX_PROCUREMENT_NO = 32;
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final int EXACT = 10;

  private final EvaluationProperties properties;

  public ComprehensiveScoring(EvaluationProperties properties) {
    this.properties = properties;
  }

  /**
   * A bid to score.
   *
   * @param pastEvaluationScore the organization's past performance evaluation result, 0-100
   * @param scores every expert's score on every criterion, 0-100
   */
  public record Bid(Long supplierId, String creditCode, BigDecimal price, Instant submittedAt,
      BigDecimal pastEvaluationScore, List<ExpertScore> scores) {
  }

  /** one expert's score (0-100) for one criterion of one bid */
  public record ExpertScore(Long expertId, String criterion, BigDecimal score) {
  }

  /**
   * Scores, ranks and flags.
   *
   * @throws InvalidRequestException when the input is incomplete or out of range: criteria weights
   *     not adding up to 1, a score outside 0-100, an expert missing a criterion or a bid, ...
   */
  public EvaluationReport score(String procurementNo, List<EvaluationReport.Criterion> criteria, List<Bid> bids) {
    String number = StringUtils.trimToNull(procurementNo);
    check(number != null && number.length() <= MAX_PROCUREMENT_NO,
        "采购编号必填，不超过" + MAX_PROCUREMENT_NO + "个字符 / procurement number is required, at most "
            + MAX_PROCUREMENT_NO + " characters");
    Map<String, BigDecimal> weights = criteria(criteria);
    check(bids != null && !bids.isEmpty(), "没有可评审的投标 / no bids to score");
    Set<Long> experts = null;
    Set<Long> suppliers = new HashSet<>();
    List<Scored> scored = new ArrayList<>();
    for (Bid bid : bids) {
      check(bid != null && bid.supplierId() != null, "投标缺少供应商ID / a bid has no supplier id");
      long supplier = bid.supplierId();
      check(suppliers.add(supplier), "供应商" + supplier + "的投标重复 / duplicate bid of supplier " + supplier);
      check(bid.price() != null && bid.price().signum() > 0,
          "供应商" + supplier + "的投标报价须大于0 / the price of supplier " + supplier + " must be positive");
      check(bid.submittedAt() != null,
          "供应商" + supplier + "的投标递交时间必填 / submission time of supplier " + supplier + " is required");
      inRange(bid.pastEvaluationScore(), "供应商" + supplier + "的以往绩效评价得分",
          "past evaluation score of supplier " + supplier);
      Map<Long, BigDecimal> totals = expertTotals(supplier, weights, bid.scores());
      if (experts == null) {
        experts = totals.keySet();
      } else {
        check(experts.equals(totals.keySet()), "每位专家须对每个投标评分：供应商" + supplier + "的评分专家为" + totals.keySet()
            + "，应为" + experts + " / every expert must score every bid: supplier " + supplier + " was scored by "
            + totals.keySet() + ", expected " + experts);
      }
      scored.add(new Scored(bid, totals));
    }

    EvaluationProperties.Weights w = properties.weights();
    List<Ranked> ranked = new ArrayList<>();
    List<EvaluationReport.FlaggedScore> flagged = new ArrayList<>();
    for (Scored s : scored) {
      BigDecimal mean = mean(s.totals().values());
      BigDecimal comprehensive = s.bid().pastEvaluationScore().multiply(w.pastEvaluation())
          .add(mean.multiply(w.bidAndDefence()));
      ranked.add(new Ranked(s, round(mean), round(comprehensive)));
      flagged.addAll(outliers(s));
    }
    ranked.sort(ORDER);

    List<RankedBid> ranking = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      Bid bid = r.scored().bid();
      ranking.add(new RankedBid(i + 1, bid.supplierId(), bid.creditCode(), bid.price(), bid.submittedAt(),
          bid.pastEvaluationScore(), r.bidAndDefence(), r.comprehensive(),
          r.scored().totals().entrySet().stream()
              .map(e -> new EvaluationReport.ExpertTotal(e.getKey(), round(e.getValue()))).toList(),
          i == 0 ? null : decidingStep(ranked.get(i - 1), r)));
    }
    flagged.sort(Comparator.comparing(EvaluationReport.FlaggedScore::supplierId)
        .thenComparing(EvaluationReport.FlaggedScore::expertId));
    return new EvaluationReport(number, w.pastEvaluation(), w.bidAndDefence(), properties.outlierThreshold(),
        List.copyOf(criteria), List.copyOf(ranking), List.copyOf(flagged), RANKING_RULE);
  }

  private record Scored(Bid bid, Map<Long, BigDecimal> totals) {
  }

  private record Ranked(Scored scored, BigDecimal bidAndDefence, BigDecimal comprehensive) {
  }

  /** the ranking rule, step by step (see the class comment) */
  private static final List<Comparator<Ranked>> STEPS = List.of(
      Comparator.comparing(Ranked::comprehensive).reversed(),
      Comparator.comparing(Ranked::bidAndDefence).reversed(),
      Comparator.comparing(r -> r.scored().bid().price()),
      Comparator.comparing(r -> r.scored().bid().submittedAt()),
      Comparator.comparing(r -> r.scored().bid().supplierId()));

  private static final Comparator<Ranked> ORDER =
      STEPS.stream().reduce(Comparator::thenComparing).orElseThrow();

  private static RankingStep decidingStep(Ranked above, Ranked below) {
    for (int i = 0; i < STEPS.size(); i++) {
      if (STEPS.get(i).compare(above, below) != 0) {
        return RankingStep.values()[i];
      }
    }
    throw new IllegalStateException("two bids of the same supplier");
  }

  private List<EvaluationReport.FlaggedScore> outliers(Scored s) {
    List<EvaluationReport.FlaggedScore> found = new ArrayList<>();
    if (s.totals().size() < 2) {
      return found;
    }
    for (Map.Entry<Long, BigDecimal> e : s.totals().entrySet()) {
      BigDecimal othersMean = mean(s.totals().entrySet().stream()
          .filter(o -> !o.getKey().equals(e.getKey())).map(Map.Entry::getValue).toList());
      BigDecimal deviation = e.getValue().subtract(othersMean);
      if (deviation.abs().compareTo(properties.outlierThreshold()) > 0) {
        found.add(new EvaluationReport.FlaggedScore(e.getKey(), s.bid().supplierId(), round(e.getValue()),
            round(othersMean), round(deviation)));
      }
    }
    return found;
  }

  /** criterion code -> weight; codes unique, weights positive and adding up to 1 */
  private static Map<String, BigDecimal> criteria(List<EvaluationReport.Criterion> criteria) {
    check(criteria != null && !criteria.isEmpty(), "评分项为空 / no scoring criteria");
    Map<String, BigDecimal> weights = new HashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluationReport.Criterion c : criteria) {
      check(c != null && StringUtils.isNotBlank(c.code()), "评分项缺少代码 / a criterion has no code");
      check(c.weight() != null && c.weight().signum() > 0,
          "评分项" + c.code() + "的权重须大于0 / the weight of criterion " + c.code() + " must be positive");
      check(weights.put(c.code(), c.weight()) == null, "评分项" + c.code() + "重复 / duplicate criterion " + c.code());
      sum = sum.add(c.weight());
    }
    check(sum.compareTo(BigDecimal.ONE) == 0,
        "评分项权重之和须为1：" + sum.toPlainString() + " / criteria weights must add up to 1: " + sum.toPlainString());
    return weights;
  }

  /** expert id (ascending) -> weighted score of one bid; every expert scores every criterion once */
  private static Map<Long, BigDecimal> expertTotals(long supplier, Map<String, BigDecimal> weights,
      List<ExpertScore> scores) {
    check(scores != null && !scores.isEmpty(), "供应商" + supplier + "的投标没有专家评分 / bid of supplier "
        + supplier + " has no expert scores");
    Map<Long, Map<String, BigDecimal>> byExpert = new TreeMap<>();
    for (ExpertScore s : scores) {
      check(s != null && s.expertId() != null, "评分缺少专家ID / a score has no expert id");
      check(weights.containsKey(s.criterion()), "未知评分项：" + s.criterion()
          + " / unknown criterion: " + s.criterion());
      inRange(s.score(), "专家" + s.expertId() + "对供应商" + supplier + "的「" + s.criterion() + "」评分",
          "score of expert " + s.expertId() + " for supplier " + supplier + " on " + s.criterion());
      check(byExpert.computeIfAbsent(s.expertId(), k -> new HashMap<>()).put(s.criterion(), s.score()) == null,
          "专家" + s.expertId() + "对供应商" + supplier + "的「" + s.criterion() + "」重复评分 / expert " + s.expertId()
              + " scored " + s.criterion() + " of supplier " + supplier + " twice");
    }
    Map<Long, BigDecimal> totals = new TreeMap<>();
    byExpert.forEach((expert, byCriterion) -> {
      check(byCriterion.keySet().equals(weights.keySet()), "专家" + expert + "未对供应商" + supplier + "的全部评分项评分："
          + new TreeSet<>(byCriterion.keySet()) + " / expert " + expert + " did not score every criterion of supplier "
          + supplier);
      totals.put(expert, byCriterion.entrySet().stream()
          .map(e -> e.getValue().multiply(weights.get(e.getKey())))
          .reduce(BigDecimal.ZERO, BigDecimal::add));
    });
    return totals;
  }

  private static BigDecimal mean(java.util.Collection<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), EXACT, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static void inRange(BigDecimal score, String zh, String en) {
    check(score != null && score.signum() >= 0 && score.compareTo(HUNDRED) <= 0,
        zh + "须在0至100之间：" + score + " / " + en + " must be between 0 and 100: " + score);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
