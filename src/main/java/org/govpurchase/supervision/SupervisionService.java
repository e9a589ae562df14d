package org.govpurchase.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.lang3.EnumUtils;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Writes and reads the supervision register. Every check runs before anything is written, so bad
 * input changes nothing; a supervision is keyed on its external task's (process instance,
 * activity instance), so recording it twice writes one row.
 *
 * <p>Lengths are counted in UTF-16 units ({@link String#length()}): H2 counts VARCHAR lengths
 * that way and so does the form's maxLength, while MySQL utf8mb4 counts code points. A rare
 * character such as 𠮷 therefore counts as two, and whatever passes here fits either database.
 */
@Service
class SupervisionService {

  static final int MAX_NOTE = 500;
  static final int MAX_SUBJECT = 200;
  static final int MAX_BUSINESS_KEY = 100;
  static final int MAX_ID = 64;
  static final int MAX_LATE_PARTY = LateSteps.MAX_LATE_PARTY;
  static final int MAX_PAGE_SIZE = 100;
  /** Period filters are calendar days in China Standard Time, as users read them. */

  private static final String ACTIONS = Arrays.stream(SupervisionAction.values())
      .map(a -> a.name() + "（" + a.label() + "）")
      .collect(Collectors.joining("、"));

  private final SupervisionRecordRepository records;
  private final Clock clock;

  SupervisionService(SupervisionRecordRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /**
   * Records a supervision, or returns the one already recorded for the same (process instance,
   * activity instance) without writing anything.
   *
   * @throws InvalidRequestException if the action or note (or an id) is missing or invalid
   */
  @Transactional
  public SupervisionRecordView record(NewSupervision s) {
    String processInstanceId = requiredId(s.processInstanceId(), "流程实例ID", "process instance id");
    String activityInstanceId = requiredId(s.activityInstanceId(), "活动实例ID", "activity instance id");
    String processDefinitionKey = requiredId(s.processDefinitionKey(), "流程定义键", "process definition key");
    String overdueActivity = requiredId(s.overdueActivity(), "逾期环节", "overdue activity");
    String businessKey = optional(s.businessKey(), MAX_BUSINESS_KEY, "业务键", "business key");
    String subject = optional(s.subject(), MAX_SUBJECT, "督办事项", "subject");
    String supervisor = optional(s.supervisor(), MAX_ID, "督办人", "supervisor");
    LateStep late = late(s.late());
    SupervisionAction action = action(s.action());
    String note = StringUtils.trimToNull(s.note());
    check(note != null && note.length() <= MAX_NOTE,
        "督办情况必填，1至" + MAX_NOTE + "个字符（生僻字如𠮷计2个字符） / supervision note is required, 1 to "
            + MAX_NOTE + " characters (a rare character such as 𠮷 counts as 2)");

    Optional<SupervisionRecord> existing =
        records.findByProcessInstanceIdAndActivityInstanceId(processInstanceId, activityInstanceId);
    if (existing.isPresent()) {
      // the same external task again (lock expired, or a crash before complete): already done
      return SupervisionRecordView.of(existing.get());
    }
    // Two runs at the same moment both get here; the unique key makes the second one fail, and
    // its retry finds the first one's row above.
    SupervisionRecord row = records.saveAndFlush(new SupervisionRecord(processInstanceId, activityInstanceId,
        processDefinitionKey, businessKey, overdueActivity, subject, action, note, supervisor,
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), late));
    return SupervisionRecordView.of(row);
  }

  /**
   * The register, newest first, optionally for one process definition and for the days
   * {@code from} to {@code to} inclusive (China Standard Time).
   */
  @Transactional(readOnly = true)
  public Page<SupervisionRecordView> search(String processDefinitionKey, LocalDate from, LocalDate to,
      int page, int size) {
    check(page >= 0, "页码不得为负数 / page must not be negative");
    check(size >= 1 && size <= MAX_PAGE_SIZE,
        "每页条数须在1至" + MAX_PAGE_SIZE + "之间 / size must be between 1 and " + MAX_PAGE_SIZE);
    check(from == null || to == null || !from.isAfter(to),
        "开始日期不得晚于结束日期：" + from + " > " + to + " / from must not be after to: " + from + " > " + to);

    List<Specification<SupervisionRecord>> filters = new ArrayList<>();
    String key = StringUtils.trimToNull(processDefinitionKey);
    if (key != null) {
      filters.add((row, query, cb) -> cb.equal(row.get("processDefinitionKey"), key));
    }
    if (from != null) {
      LocalDateTime start = utc(from);
      filters.add((row, query, cb) -> cb.greaterThanOrEqualTo(row.get("recordedAt"), start));
    }
    if (to != null) {
      LocalDateTime end = utc(to.plusDays(1));
      filters.add((row, query, cb) -> cb.lessThan(row.get("recordedAt"), end));
    }
    PageRequest request = PageRequest.of(page, size,
        Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id")));
    return records.findAll(Specification.allOf(filters), request).map(SupervisionRecordView::of);
  }

  @Transactional(readOnly = true)
  public SupervisionRecordView find(long id) {
    return records.findById(id).map(SupervisionRecordView::of).orElseThrow(() ->
        new NoSuchElementException("督办记录不存在：" + id + " / no supervision record " + id));
  }

  private static SupervisionAction action(String value) {
    SupervisionAction action = EnumUtils.getEnum(SupervisionAction.class, StringUtils.trim(value));
    check(action != null, "督办方式必须为 " + ACTIONS + "：" + value
        + " / supervision action must be URGE, INTERVIEW or RECORD: " + value);
    return action;
  }

  /** The late step as the Supervision instance found it; nothing of it is required. */
  private static LateStep late(LateStep late) {
    if (late == null) {
      return LateStep.NONE;
    }
    check(late.workingDaysLate() == null || late.workingDaysLate() >= 0,
        "逾期工作日数不得为负数 / working days late must not be negative: " + late.workingDaysLate());
    return new LateStep(
        optional(late.processInstanceId(), MAX_ID, "逾期流程实例ID", "overdue process instance id"),
        optional(late.party(), MAX_LATE_PARTY, "逾期承办人", "late party"),
        late.since(), late.dueDate(), late.workingDaysLate());
  }

  private static String requiredId(String value, String zh, String en) {
    String clean = StringUtils.trimToNull(value);
    check(clean != null && clean.length() <= MAX_ID,
        zh + "必填，不超过" + MAX_ID + "个字符 / " + en + " is required, at most " + MAX_ID + " characters");
    return clean;
  }

  private static String optional(String value, int max, String zh, String en) {
    String clean = StringUtils.trimToNull(value);
    check(clean == null || clean.length() <= max,
        zh + "不得超过" + max + "个字符 / " + en + " must be at most " + max + " characters");
    return clean;
  }

  private static LocalDateTime utc(LocalDate chinaDay) {
    return LocalDateTime.ofInstant(chinaDay.atStartOfDay(BeijingTime.ZONE).toInstant(), ZoneOffset.UTC);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
