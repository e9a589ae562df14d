package org.govpurchase.worker;

import java.math.BigDecimal;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.client.task.ExternalTask;

/**
 * Reading an external task's variables as Tasklist, the REST API and the workers set them: ids
 * arrive as Long, Integer, Double (a form's number field) or text. A required value that is
 * missing is a broken process, not bad input, so it is an {@link IllegalStateException} (a
 * technical fault with retries and an incident), never a BPMN error.
 */
public final class TaskVariables {

  private TaskVariables() {
  }

  /**
   * An id or count the process set (tenderId, contractId, instalmentId).
   *
   * @throws IllegalStateException when it is missing or not a whole number
   */
  public static long id(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    Long id = wholeNumber(value);
    if (id == null) {
      throw new IllegalStateException(name + " is missing or not a whole number: " + value);
    }
    return id;
  }

  /** An id that may be absent: null when the variable is missing or blank. */
  public static Long optionalId(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : id(task, name);
  }

  /**
   * A whole number the process or a user gave: 12, 12.0 (a form's number field), "12" or "\"12\""
   * (a JSON string); null when missing or not whole.
   */
  public static Long wholeNumber(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && Double.isFinite(d) ? Long.valueOf(number.longValue()) : null;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(StringUtils.strip(StringUtils.strip(text), "\"")).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The variable as text, unchanged; null when missing. */
  public static String string(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The variable as text, stripped; null when missing or blank. */
  public static String text(ExternalTask task, String name) {
    return StringUtils.stripToNull(Objects.toString(task.getVariable(name), null));
  }
}
