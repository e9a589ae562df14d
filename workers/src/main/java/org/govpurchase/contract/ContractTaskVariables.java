package org.govpurchase.contract;

import org.camunda.bpm.client.task.ExternalTask;

/** Reading the Contract process's variables as Tasklist, the REST API and the workers set them. */
final class ContractTaskVariables {

  private ContractTaskVariables() {
  }

  /** @throws IllegalStateException when the id is missing: the process is broken, not the contract */
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

  /** null when the variable is absent or empty */
  static Long optionalId(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : id(task, name);
  }

  static String string(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}
