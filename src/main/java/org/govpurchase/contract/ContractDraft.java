package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.calendar.BeijingTime;

/**
 * The Task_DraftContract form as read from process variables (Tasklist sends numbers as Integer,
 * Long or Double, text fields as String, dates as yyyy-MM-dd): the three texts and the used
 * instalments, and what could not be read. Shared by the completion check (contractDraftCheck)
 * and the contract.registerDraft worker; the schedule's rules against the contract (sum, term,
 * order) are {@link ContractService#registerDraft}'s.
 *
 * @param instalments the filled instalment pairs in form order (an empty pair is unused)
 * @param problems    texts missing or too long, fields that do not parse, no instalment at all
 */
public record ContractDraft(String scopeAndContent, String serviceRequirements, String breachLiability,
    List<Instalment> instalments, List<String> problems) {


  public static ContractDraft read(Function<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    String scope = text(variables.apply(VAR_SCOPE_AND_CONTENT));
    String requirements = text(variables.apply(VAR_SERVICE_REQUIREMENTS));
    String breach = text(variables.apply(VAR_BREACH_LIABILITY));
    problems.addAll(ContractService.textProblems(scope, requirements, breach));
    List<Instalment> instalments = readInstalments(variables, problems);
    if (instalments.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("第"))) {
      problems.add("请至少填写一期付款（金额和支付日期） / at least one instalment is required");
    }
    return new ContractDraft(scope, requirements, breach, List.copyOf(instalments), List.copyOf(problems));
  }

  /**
   * The filled instalment pairs of a form (instalment1Amount/instalment1DueDate …), in form order;
   * what does not parse goes to {@code problems}.
   */
  static List<Instalment> readInstalments(Function<String, Object> variables, List<String> problems) {
    List<Instalment> instalments = new ArrayList<>();
    for (int i = 1; i <= MAX_INSTALMENTS; i++) {
      Object amountValue = variables.apply(amountVariable(i));
      Object dateValue = variables.apply(dueDateVariable(i));
      boolean noAmount = amountValue == null || StringUtils.isBlank(amountValue.toString());
      boolean noDate = dateValue == null || StringUtils.isBlank(dateValue.toString());
      if (noAmount && noDate) {
        continue;
      }
      if (noAmount || noDate) {
        problems.add("第" + i + "期须同时填写金额和支付日期 / instalment " + i + ": amount and due date together");
        continue;
      }
      BigDecimal amount = amount(amountValue);
      LocalDate date = date(dateValue);
      if (amount == null) {
        problems.add("第" + i + "期金额须为数字 / instalment " + i + ": amount is not a number");
      } else if (amount.signum() <= 0) {
        problems.add("第" + i + "期金额须大于0 / instalment " + i + ": amount must be > 0");
      } else if (Math.max(0, amount.stripTrailingZeros().scale()) > 2) {
        problems.add("第" + i + "期金额最多两位小数 / instalment " + i + ": at most 2 decimals");
      }
      if (date == null) {
        problems.add("第" + i + "期支付日期须为yyyy-MM-dd / instalment " + i + ": due date must be yyyy-MM-dd");
      }
      if (amount != null && date != null) {
        instalments.add(new Instalment(amount, date));
      }
    }
    return instalments;
  }

  public static String amountVariable(int i) {
    return VAR_INSTALMENT_PREFIX + i + "Amount";
  }

  public static String dueDateVariable(int i) {
    return VAR_INSTALMENT_PREFIX + i + "DueDate";
  }

  private static String text(Object value) {
    return StringUtils.stripToNull(Objects.toString(value, null));
  }

  /** a number as entered; null if it is none */
  static BigDecimal amount(Object value) {
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
    try {
      return new BigDecimal(StringUtils.strip(value.toString()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** yyyy-MM-dd (or an ISO date-time, whose Beijing date counts), a Date or LocalDate; null if none */
  static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(BeijingTime.ZONE).toLocalDate();
    }
    String text = StringUtils.strip(value.toString());
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text).atZone(BeijingTime.ZONE).toLocalDate();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
