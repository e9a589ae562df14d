package org.govpurchase.supervision;

/**
 * A supervision to record, as the external task delivers it: ids from the task, the rest from
 * process variables; {@code action} is still the raw form value, checked by the service.
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
    String supervisor) {
}
