package org.govpurchase.catalog;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskVariables;

/** Reading CatalogApproval's variables as Tasklist and the REST API send them. */
final class CatalogTaskVariables {

  private CatalogTaskVariables() {
  }

  /**
   * {@code catalogYear}: Tasklist sends a number field as Integer, Long or Double.
   *
   * @throws InvalidRequestException when it is missing or not a whole number
   */
  static int year(ExternalTask task) {
    Object value = task.getVariable(CatalogApprovalProcess.VAR_YEAR);
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.intValue();
    }
    if (value instanceof String text && NumberUtils.isDigits(StringUtils.strip(text))) {
      return NumberUtils.toInt(StringUtils.strip(text));
    }
    throw new InvalidRequestException("目录年度缺失或不是整数 / catalogYear is missing or not a whole number: " + value);
  }

  /**
   * {@code catalogItems}: a Json variable (the client's JsonValue holds the JSON text) or a plain
   * String; null when the process has none.
   */
  static String itemsJson(ExternalTask task) {
    TypedValue typed = task.getVariableTyped(CatalogApprovalProcess.VAR_ITEMS);
    if (typed == null || typed.getValue() == null) {
      return null;
    }
    if (typed.getValue() instanceof String json) {
      return json;
    }
    throw new InvalidRequestException("目录事项不是有效的列表 / catalogItems is neither Json nor a String but "
        + typed.getType());
  }

  /**
   * {@code catalogVersionId}, set by the registerDraft worker.
   *
   * @throws IllegalStateException when it is missing: the process is broken, not the draft
   */
  static long versionId(ExternalTask task) {
    return TaskVariables.id(task, CatalogApprovalProcess.VAR_VERSION_ID);
  }
}
