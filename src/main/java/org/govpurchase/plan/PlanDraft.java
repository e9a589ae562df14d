package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;

/**
 * A purchase plan as the draft form holds it, read from process variables as Tasklist and the
 * REST API send them (numbers as Integer, Long or Double, dates as yyyy-MM-dd text). Texts are
 * stripped and counted with {@link String#length()} (UTF-16 units): the form's maxLength and H2's
 * VARCHAR count that way and MySQL counts fewer, so whatever passes fits both.
 */
record PlanDraft(int year, long catalogItemId, String serviceName, String serviceStandard,
    BigDecimal budget, LocalDate termStart, LocalDate termEnd, EvaluationMethod evaluationMethod,
    String requirements, FundingSource fundingSource, boolean majorProject,
    boolean withinGovernmentProcurement) {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  static final int MAX_SERVICE_NAME = 100;
  static final int MAX_SERVICE_STANDARD = 1000;
  static final int MAX_REQUIREMENTS = 2000;
  /** DECIMAL(15,2) */
  static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999999.99");

  /** the draft, or every problem with it (in Chinese) when it cannot be registered as it is */
  record Reading(PlanDraft draft, List<String> problems) {

    boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Reads and checks the draft's variables; {@code variable} answers null for a missing one. */
  static Reading read(Function<String, Object> variable) {
    List<String> problems = new ArrayList<>();
    Integer year = wholeNumber(variable.apply(VAR_YEAR));
    if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
      problems.add("计划年度须为" + MIN_YEAR + "至" + MAX_YEAR + "之间的整数");
    }
    Integer itemNumber = wholeNumber(variable.apply(VAR_CATALOG_ITEM_ID));
    Long itemId = itemNumber == null ? wholeLong(variable.apply(VAR_CATALOG_ITEM_ID)) : Long.valueOf(itemNumber);
    if (itemId == null || itemId <= 0) {
      problems.add("请选择目录事项");
    }
    String serviceName = text(variable.apply(VAR_SERVICE_NAME), "服务名称", 2, MAX_SERVICE_NAME, problems);
    String standard = text(variable.apply(VAR_SERVICE_STANDARD), "服务标准", 2, MAX_SERVICE_STANDARD, problems);
    String requirements = text(variable.apply(VAR_REQUIREMENTS), "服务需求", 2, MAX_REQUIREMENTS, problems);
    BigDecimal budget = budget(variable.apply(VAR_BUDGET), problems);
    LocalDate termStart = date(variable.apply(VAR_TERM_START), "服务期限开始日期", problems);
    LocalDate termEnd = date(variable.apply(VAR_TERM_END), "服务期限结束日期", problems);
    if (termStart != null && termEnd != null && !termEnd.isAfter(termStart)) {
      problems.add("服务期限结束日期须晚于开始日期");
    }
    EvaluationMethod method = EvaluationMethod.fromCode(variable.apply(VAR_EVALUATION_METHOD)).orElse(null);
    if (method == null) {
      problems.add("评标方法须为综合评分法（COMPREHENSIVE_SCORING）或最低评标价法（LOWEST_PRICE）");
    }
    FundingSource funding = FundingSource.fromCode(variable.apply(VAR_FUNDING_SOURCE)).orElse(null);
    if (funding == null) {
      problems.add("资金来源须为 AGENCY_BUDGET、FINANCE_DIRECT 或 MAJOR_PROJECT_CONFIRMED 之一");
    }
    Boolean major = flag(variable.apply(VAR_MAJOR_PROJECT), "是否重大项目", problems);
    Boolean within = flag(variable.apply(VAR_WITHIN_GOVERNMENT_PROCUREMENT), "是否属于政府采购范围", problems);
    if (major != null && funding != null
        && major != (funding == FundingSource.MAJOR_PROJECT_CONFIRMED)) {
      problems.add(major
          ? "重大项目须事前报财政部门确定资金来源和金额（资金来源选 MAJOR_PROJECT_CONFIRMED）"
          : "只有重大项目可选“事前报财政部门确定”的资金来源");
    }
    if (!problems.isEmpty()) {
      return new Reading(null, List.copyOf(problems));
    }
    return new Reading(new PlanDraft(year, itemId, serviceName, standard, budget, termStart, termEnd,
        method, requirements, funding, major, within), List.of());
  }

  private static Integer wholeNumber(Object value) {
    Long number = wholeLong(value);
    return number == null || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE ? null : number.intValue();
  }

  private static Long wholeLong(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? number.longValue() : null;
    }
    if (value instanceof String text && NumberUtils.isDigits(StringUtils.strip(text))
        && StringUtils.strip(text).length() <= 18) {
      return Long.valueOf(StringUtils.strip(text));
    }
    return null;
  }

  private static String text(Object value, String label, int min, int max, List<String> problems) {
    String text = StringUtils.strip(value instanceof String s ? s : null);
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写" + label);
      return null;
    }
    if (text.length() < min || text.length() > max) {
      problems.add(label + "须为" + min + "至" + max + "字");
      return null;
    }
    return text;
  }

  private static BigDecimal budget(Object value, List<String> problems) {
    BigDecimal amount = null;
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      amount = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    } else if (value instanceof BigDecimal decimal) {
      amount = decimal;
    } else if (value instanceof Number number) {
      amount = BigDecimal.valueOf(number.longValue());
    } else if (value instanceof String text && NumberUtils.isCreatable(StringUtils.strip(text))) {
      try {
        amount = new BigDecimal(StringUtils.strip(text));
      } catch (NumberFormatException e) {
        amount = null;
      }
    }
    if (amount == null) {
      problems.add("请填写预算金额（元）");
      return null;
    }
    if (amount.signum() <= 0 || amount.compareTo(MAX_BUDGET) > 0) {
      problems.add("预算金额须大于0且不超过" + MAX_BUDGET.toPlainString() + "元");
      return null;
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      problems.add("预算金额最多保留两位小数（元、角、分）");
      return null;
    }
    return amount.setScale(2);
  }

  private static LocalDate date(Object value, String label, List<String> problems) {
    String text = StringUtils.strip(Objects.toString(value, null));
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写" + label);
      return null;
    }
    try {
      // Tasklist's date field sends yyyy-MM-dd; a REST client may send a date-time
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add(label + "须为 yyyy-MM-dd 格式的日期：" + StringUtils.abbreviate(text, 30));
      return null;
    }
  }

  private static Boolean flag(Object value, String label, List<String> problems) {
    if (value == null) {
      // an untouched checkbox sends false, an API client may leave it out: not a major project
      return Boolean.FALSE;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf((String) value);
    }
    problems.add(label + "须为 true 或 false");
    return null;
  }
}
