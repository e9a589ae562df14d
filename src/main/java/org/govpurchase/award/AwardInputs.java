package org.govpurchase.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.supplier.CreditCode;

/**
 * Reading and checking the award forms' values as Tasklist, the REST API and the workers send
 * them (numbers arrive as Integer, Long, Double or String). Shared by the completion checks
 * (engine side) and the workers.
 */
final class AwardInputs {

  static final int MAX_JUSTIFICATION = 1000;
  static final int MAX_COMMENT = 500;
  static final int MAX_TEXT = 2000;
  /** DECIMAL(15,2) */
  static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999.99");

  private AwardInputs() {
  }

  /** a price in yuan, or null when missing or not a number */
  static BigDecimal price(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (value instanceof String text && StringUtils.isNotBlank(text)) {
      try {
        return new BigDecimal(StringUtils.deleteWhitespace(text).replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** a whole number id, or null when missing or not a whole number */
  static Long id(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.longValue();
    }
    if (value instanceof String text && StringUtils.isNumeric(StringUtils.strip(text))) {
      return Long.valueOf(StringUtils.strip(text));
    }
    return null;
  }

  /** the problems of a price: > 0, at most 2 decimals, fits DECIMAL(15,2) */
  static List<String> priceProblems(BigDecimal price) {
    List<String> problems = new ArrayList<>();
    if (price == null) {
      problems.add("请填写报价（元） / chosenPrice is required");
    } else if (price.signum() <= 0) {
      problems.add("报价须大于0 / chosenPrice must be greater than 0");
    } else if (price.stripTrailingZeros().scale() > 2) {
      problems.add("报价以元为单位，最多两位小数 / chosenPrice: at most 2 decimals");
    } else if (price.compareTo(MAX_PRICE) > 0) {
      problems.add("报价不能超过" + MAX_PRICE.toPlainString() + "元");
    }
    return problems;
  }

  /**
   * The problems of a direct purchase or single source choice: a valid credit code, a price and a
   * justification of at most 1000 characters.
   */
  static List<String> choiceProblems(Object creditCode, Object price, Object justification) {
    List<String> problems = new ArrayList<>();
    String code = StringUtils.upperCase(StringUtils.deleteWhitespace(Objects.toString(creditCode, "")));
    if (code.isEmpty()) {
      problems.add("请填写承接主体的统一社会信用代码 / chosenSupplierCode is required");
    } else if (!CreditCode.checks(code)) {
      problems.add("统一社会信用代码无效（18位，末位为校验码）：" + creditCode + " / not a valid unified social credit code");
    }
    problems.addAll(priceProblems(price(price)));
    if (price != null && price(price) == null) {
      problems.set(problems.size() - 1, "报价不是数字：" + price + " / chosenPrice is not a number");
    }
    String text = StringUtils.strip(Objects.toString(justification, ""));
    if (text.isEmpty()) {
      problems.add("请填写选择该承接主体的理由 / choiceJustification is required");
    } else if (text.length() > MAX_JUSTIFICATION) {
      problems.add("理由不能超过" + MAX_JUSTIFICATION + "个字符 / choiceJustification: at most " + MAX_JUSTIFICATION
          + " characters");
    }
    return problems;
  }

  /** the decision, or null when it is none of the three */
  static ChallengeDecision decision(Object value) {
    if (value instanceof ChallengeDecision d) {
      return d;
    }
    String text = StringUtils.strip(Objects.toString(value, ""));
    for (ChallengeDecision d : ChallengeDecision.values()) {
      if (d.name().equals(text)) {
        return d;
      }
    }
    return null;
  }
}
