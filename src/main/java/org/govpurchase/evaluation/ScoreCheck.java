package org.govpurchase.evaluation;

import static org.govpurchase.evaluation.EvaluationProcess.VAR_SCORE_CAPACITY;
import static org.govpurchase.evaluation.EvaluationProcess.VAR_SCORE_COMMENT;
import static org.govpurchase.evaluation.EvaluationProcess.VAR_SCORE_PRICE;
import static org.govpurchase.evaluation.EvaluationProcess.VAR_SCORE_PROPOSAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_ScoreBid (end listener): the three scores present, numbers from 0 to
 * 100 with at most 2 decimals, and a comment of at most {@value ExpertScores#MAX_COMMENT}
 * characters; otherwise 400 and the task stays.
 */
@Component("scoreCheck")
class ScoreCheck implements ExecutionListener {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(VAR_SCORE_PROPOSAL),
        execution.getVariable(VAR_SCORE_CAPACITY), execution.getVariable(VAR_SCORE_PRICE),
        execution.getVariable(VAR_SCORE_COMMENT));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object proposal, Object capacity, Object price, Object comment) {
    List<String> problems = new ArrayList<>();
    score(proposal, "服务方案", VAR_SCORE_PROPOSAL, problems);
    score(capacity, "团队与服务能力", VAR_SCORE_CAPACITY, problems);
    score(price, "报价", VAR_SCORE_PRICE, problems);
    if (Objects.toString(comment, "").length() > ExpertScores.MAX_COMMENT) {
      problems.add("评审意见不得超过" + ExpertScores.MAX_COMMENT + "字 / scoreComment: at most "
          + ExpertScores.MAX_COMMENT + " characters");
    }
    return problems;
  }

  /**
   * A form number field arrives as Integer, Long or Double (a String from the REST API is accepted
   * when it is a number).
   *
   * @return the score, or null when it is missing or not a number
   */
  static BigDecimal toDecimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (value instanceof String text && NumberUtils.isCreatable(StringUtils.strip(text))) {
      try {
        return new BigDecimal(StringUtils.strip(text));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static void score(Object value, String label, String field, List<String> problems) {
    if (value == null || (value instanceof String s && StringUtils.isBlank(s))) {
      problems.add("请填写「" + label + "」评分 / " + field + " is required");
      return;
    }
    BigDecimal score = toDecimal(value);
    if (score == null) {
      problems.add("「" + label + "」评分须为数字 / " + field + " must be a number: " + value);
    } else if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
      problems.add("「" + label + "」评分须在0至100之间 / " + field + " must be between 0 and 100: "
          + score.toPlainString());
    } else if (score.stripTrailingZeros().scale() > 2) {
      problems.add("「" + label + "」评分最多保留两位小数 / " + field + ": at most 2 decimals: " + score.toPlainString());
    }
  }
}
