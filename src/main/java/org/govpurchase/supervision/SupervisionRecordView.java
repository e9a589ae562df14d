package org.govpurchase.supervision;

import java.time.Instant;
import java.time.ZoneOffset;

/** What the API shows of a register row: immutable, built inside the service's transaction. */
record SupervisionRecordView(
    long id,
    String processInstanceId,
    String activityInstanceId,
    String processDefinitionKey,
    String businessKey,
    String overdueActivity,
    String subject,
    SupervisionAction action,
    String actionLabel,
    String note,
    String supervisor,
    Instant recordedAt) {

  static SupervisionRecordView of(SupervisionRecord row) {
    return new SupervisionRecordView(
        row.getId(),
        row.getProcessInstanceId(),
        row.getActivityInstanceId(),
        row.getProcessDefinitionKey(),
        row.getBusinessKey(),
        row.getOverdueActivity(),
        row.getSubject(),
        row.getAction(),
        row.getAction().label(),
        row.getNote(),
        row.getSupervisor(),
        row.getRecordedAt().toInstant(ZoneOffset.UTC));
  }
}
