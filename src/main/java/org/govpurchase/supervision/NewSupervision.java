package org.govpurchase.supervision;

/**
 * A supervision to record, as the external task delivers it: ids from the task, the rest from
 * process variables; {@code action} is still the raw form value, checked by the service.
 * {@code processDefinitionKey} is the late (calling) process's, {@code late} what the Supervision
 * instance found out about the late step plus the working days late at the time of the record.
 */
record NewSupervision(
    String processInstanceId,
    String activityInstanceId,
    String processDefinitionKey,
    String businessKey,
    String overdueActivity,
    String subject,
    String action,
    String note,
    String supervisor,
    LateStep late) {

  /** A supervision that knows nothing of its late step beyond its id. */
  NewSupervision(String processInstanceId, String activityInstanceId, String processDefinitionKey, String businessKey,
      String overdueActivity, String subject, String action, String note, String supervisor) {
    this(processInstanceId, activityInstanceId, processDefinitionKey, businessKey, overdueActivity, subject, action,
        note, supervisor, LateStep.NONE);
  }
}
