package org.govpurchase.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;

/**
 * What the officer filled in on the form 组织验收, and its rules: one verdict per service standard
 * (a failed one says why), the people served take part in acceptance of a service to the public
 * and their opinions are part of the report, and the overall result PASSED only when every standard
 * passed. The form's checks and the worker's write use the same rules.
 */
public record AcceptanceReport(List<StandardVerdict> verdicts, boolean publicService, boolean peopleServedTookPart,
    String peopleServedOpinions, String result, String reportText) {

  public static final int MAX_NOTE = 500;
  public static final int MAX_OPINIONS = 1000;
  public static final int MAX_REPORT = 2000;
  static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** one service standard of the contract and the acceptance's verdict on it */
  public record StandardVerdict(String standard, String verdict, String note) {
  }

  /** the form's variables as they arrive (JSON text or values from Tasklist, the REST API or a worker) */
  public static AcceptanceReport of(Object verdictsJson, Object publicService, Object peopleServedTookPart,
      Object opinions, Object result, Object reportText) {
    return new AcceptanceReport(verdicts(verdictsJson), Boolean.TRUE.equals(bool(publicService)),
        Boolean.TRUE.equals(bool(peopleServedTookPart)), text(opinions), text(result), text(reportText));
  }

  /** the standards JSON, or an empty list when missing or unreadable (then a problem says so) */
  static List<StandardVerdict> verdicts(Object json) {
    String text = Objects.toString(json, null);
    if (StringUtils.isBlank(text)) {
      return List.of();
    }
    try {
      List<StandardVerdict> list = JSON.readValue(text, new TypeReference<List<StandardVerdict>>() { });
      return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  String verdictsJson() {
    try {
      return JSON.writeValueAsString(verdicts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean passed() {
    return AcceptanceProcess.PASSED.equals(result);
  }

  /** every rule the report breaks, in Chinese with the field's name; empty when it may be recorded */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (verdicts.isEmpty()) {
      problems.add("请逐项填写服务标准的验收结论 / standardVerdicts: one verdict per service standard");
    }
    for (int i = 0; i < verdicts.size(); i++) {
      StandardVerdict v = verdicts.get(i);
      String which = "第" + (i + 1) + "项服务标准";
      if (StringUtils.isBlank(v.standard())) {
        problems.add(which + "缺少标准内容 / standardVerdicts[" + i + "].standard is required");
      }
      if (!AcceptanceProcess.PASSED.equals(v.verdict()) && !AcceptanceProcess.FAILED.equals(v.verdict())) {
        problems.add(which + "的结论必须是合格或不合格 / standardVerdicts[" + i + "].verdict must be PASSED or FAILED");
      }
      if (AcceptanceProcess.FAILED.equals(v.verdict()) && StringUtils.isBlank(v.note())) {
        problems.add(which + "不合格时须说明原因 / standardVerdicts[" + i + "].note is required when FAILED");
      }
      if (StringUtils.length(v.note()) > MAX_NOTE) {
        problems.add(which + "的说明不得超过" + MAX_NOTE + "字 / standardVerdicts[" + i + "].note: at most " + MAX_NOTE);
      }
    }
    if (publicService && !peopleServedTookPart) {
      problems.add("面向公众的服务，验收须有服务对象代表参加 / peopleServedTookPart is required for a service to the public");
    }
    if (peopleServedTookPart && StringUtils.isBlank(peopleServedOpinions)) {
      problems.add("请填写服务对象代表的意见 / peopleServedOpinions is required when the people served took part");
    }
    if (StringUtils.length(peopleServedOpinions) > MAX_OPINIONS) {
      problems.add("服务对象意见不得超过" + MAX_OPINIONS + "字 / peopleServedOpinions: at most " + MAX_OPINIONS);
    }
    if (!AcceptanceProcess.PASSED.equals(result) && !AcceptanceProcess.FAILED.equals(result)) {
      problems.add("验收结论必须是合格（PASSED）或不合格（FAILED） / acceptanceResult must be PASSED or FAILED");
    } else if (passed() && verdicts.stream().anyMatch(v -> !AcceptanceProcess.PASSED.equals(v.verdict()))) {
      problems.add("有服务标准不合格时，验收结论不能为合格 / acceptanceResult PASSED needs every standard PASSED");
    }
    if (StringUtils.length(reportText) < 2 || StringUtils.length(reportText) > MAX_REPORT) {
      problems.add("验收报告须为2至" + MAX_REPORT + "字 / acceptanceReport: 2 to " + MAX_REPORT + " characters");
    }
    return problems;
  }

  private static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString().strip());
  }

  private static String text(Object value) {
    return StringUtils.stripToNull(Objects.toString(value, null));
  }
}
