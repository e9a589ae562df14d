package org.govpurchase.payment;

import org.camunda.bpm.client.task.ExternalTask;

/** Reading the payment variables as Tasklist, the REST API and the workers set them. */
final class PaymentTaskVariables {

  private PaymentTaskVariables() {
  }

  /** @throws IllegalStateException when the id is missing: the process is broken */
  static long id(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.longValue();
    }
    if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
      return Long.parseLong(text.strip());
    }
    throw new IllegalStateException(name + " is missing or not a number: " + value);
  }

  static String string(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}
