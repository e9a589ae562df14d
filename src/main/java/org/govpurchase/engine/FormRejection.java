package org.govpurchase.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a task completion whose variables break a rule. The engine REST API answers this
 * exception with 400 and its message (Tasklist shows it), and the transaction rolls back, so a
 * refused completion writes nothing. The only place that touches this engine-internal class.
 */
public final class FormRejection {

  private FormRejection() {
  }

  public static RuntimeException of(List<String> problems) {
    return new FormFieldValidationException(problems, String.join("；", problems));
  }
}
