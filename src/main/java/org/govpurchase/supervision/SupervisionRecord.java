package org.govpurchase.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One supervision of an overdue step; written once, never changed. */
@Entity
@Table(name = "supervision_record")
class SupervisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64, updatable = false)
  private String processInstanceId;

  @Column(name = "activity_instance_id", nullable = false, length = 64, updatable = false)
  private String activityInstanceId;

  @Column(name = "process_definition_key", nullable = false, length = 64, updatable = false)
  private String processDefinitionKey;

  @Column(name = "business_key", length = 100, updatable = false)
  private String businessKey;

  @Column(name = "overdue_activity", nullable = false, length = 64, updatable = false)
  private String overdueActivity;

  @Column(name = "subject", length = 200, updatable = false)
  private String subject;

  // VARCHAR, not Hibernate's native ENUM type for MySQL/H2, so that ddl-auto=validate
  // accepts the portable column
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "action", nullable = false, length = 20, updatable = false)
  private SupervisionAction action;

  @Column(name = "note", nullable = false, length = 500, updatable = false)
  private String note;

  @Column(name = "supervisor", length = 64, updatable = false)
  private String supervisor;

  @Column(name = "overdue_process_instance_id", length = 64, updatable = false)
  private String overdueProcessInstanceId;

  @Column(name = "late_party", length = 200, updatable = false)
  private String lateParty;

  @Column(name = "late_since", updatable = false)
  private Instant lateSince;

  @Column(name = "due_date", updatable = false)
  private Instant dueDate;

  @Column(name = "working_days_late", updatable = false)
  private Integer workingDaysLate;

  /** UTC wall-clock time: explicit, so it does not depend on the JVM or session time zone. */
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected SupervisionRecord() {
    // for JPA
  }

  SupervisionRecord(String processInstanceId, String activityInstanceId, String processDefinitionKey,
      String businessKey, String overdueActivity, String subject, SupervisionAction action, String note,
      String supervisor, LocalDateTime recordedAt) {
    this(processInstanceId, activityInstanceId, processDefinitionKey, businessKey, overdueActivity, subject, action,
        note, supervisor, recordedAt, LateStep.NONE);
  }

  SupervisionRecord(String processInstanceId, String activityInstanceId, String processDefinitionKey,
      String businessKey, String overdueActivity, String subject, SupervisionAction action, String note,
      String supervisor, LocalDateTime recordedAt, LateStep late) {
    this.processInstanceId = processInstanceId;
    this.activityInstanceId = activityInstanceId;
    this.processDefinitionKey = processDefinitionKey;
    this.businessKey = businessKey;
    this.overdueActivity = overdueActivity;
    this.subject = subject;
    this.action = action;
    this.note = note;
    this.supervisor = supervisor;
    this.recordedAt = recordedAt;
    this.overdueProcessInstanceId = late.processInstanceId();
    this.lateParty = late.party();
    this.lateSince = late.since();
    this.dueDate = late.dueDate();
    this.workingDaysLate = late.workingDaysLate();
  }

  Long getId() {
    return id;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getActivityInstanceId() {
    return activityInstanceId;
  }

  String getProcessDefinitionKey() {
    return processDefinitionKey;
  }

  String getBusinessKey() {
    return businessKey;
  }

  String getOverdueActivity() {
    return overdueActivity;
  }

  String getSubject() {
    return subject;
  }

  SupervisionAction getAction() {
    return action;
  }

  String getNote() {
    return note;
  }

  String getSupervisor() {
    return supervisor;
  }

  LateStep getLateStep() {
    return new LateStep(overdueProcessInstanceId, lateParty, lateSince, dueDate, workingDaysLate);
  }

  LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
