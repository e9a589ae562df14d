package org.govpurchase.supervision;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the API shows of a register row: immutable, built inside the service's transaction. The
 * late step's fields (who was late, since when, the due date, working days late when recorded) are
 * null for rows recorded before the one escalation.
 */
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
    Instant recordedAt,
    String overdueProcessInstanceId,
    String lateParty,
    Instant lateSince,
    Instant dueDate,
    Integer workingDaysLate) {

  static SupervisionRecordView of(SupervisionRecord row) {
    LateStep late = row.getLateStep();
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
        row.getRecordedAt().toInstant(ZoneOffset.UTC),
        late.processInstanceId(),
        late.party(),
        late.since(),
        late.dueDate(),
        late.workingDaysLate());
  }
}
