package org.govpurchase.tender;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.client.task.ExternalTask;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskVariables;

/**
 * Reading Tendering's variables as Tasklist, the REST API, the engine and the workers set them:
 * numbers arrive as Integer, Long or Double, and an element of a JSON list (bidId in a
 * multi-instance over bidIds) as a Json value whose text is the number.
 */
final class TenderTaskVariables {

  private TenderTaskVariables() {
  }

  /** tenderRound; the process sets it, so a missing one is a fault */
  static int round(ExternalTask task) {
    return Math.toIntExact(TaskVariables.id(task, TenderingProcess.VAR_TENDER_ROUND));
  }

  /** a number the buyer typed (invitedCount); null when missing or not whole */
  static Integer wholeNumber(ExternalTask task, String name) {
    Long value = TaskVariables.wholeNumber(task.getVariable(name));
    return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
  }

  /** a text variable, stripped; null when missing or blank */
  static String text(ExternalTask task, String name) {
    return StringUtils.stripToNull(Objects.toString(task.getVariable(name), null));
  }

  /**
   * A procurement method by name.
   *
   * @throws IllegalStateException when it is missing or unknown: the process is broken
   */
  static ProcurementMethod method(ExternalTask task, String name) {
    String value = text(task, name);
    try {
      return ProcurementMethod.valueOf(Objects.requireNonNull(value));
    } catch (RuntimeException e) {
      throw new IllegalStateException(name + " is not a procurement method: " + value, e);
    }
  }

  /**
   * A yyyy-MM-dd date the buyer entered.
   *
   * @throws InvalidRequestException when it is missing or not such a date
   */
  static LocalDate date(ExternalTask task, String name, String label) {
    String value = text(task, name);
    if (value == null) {
      throw new InvalidRequestException("请填写" + label + "（" + name + "）");
    }
    try {
      // a form-js date may carry a time part: the date is what counts
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(label + "「" + value + "」不是有效日期（yyyy-MM-dd）");
    }
  }

  /**
   * An HH:mm time the buyer entered.
   *
   * @throws InvalidRequestException when it is missing or not such a time
   */
  static LocalTime time(ExternalTask task, String name, String label) {
    String value = text(task, name);
    if (value == null) {
      throw new InvalidRequestException("请填写" + label + "（" + name + "）");
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(label + "「" + value + "」不是有效时间（HH:mm）");
    }
  }

}
