package org.govpurchase.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

  /** UTC wall-clock time: explicit, so it does not depend on the JVM or session time zone. */
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected SupervisionRecord() {
    // for JPA
  }

  SupervisionRecord(String processInstanceId, String activityInstanceId, String processDefinitionKey,
      String businessKey, String overdueActivity, String subject, SupervisionAction action, String note,
      String supervisor, LocalDateTime recordedAt) {
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

  LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
