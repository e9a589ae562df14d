package org.govpurchase.supervision;

/**
 * The names the BPMN models use to reach the supervision register: the topic of the external
 * task that follows every supervision user task, and the variables it reads.
 */
public final class SupervisionTopics {

  /** External task placed after each supervision user task; writes one register row. */
  public static final String TOPIC_RECORD_ACTION = "supervision.recordAction";

  /** From the form supervision-overdue: URGE | INTERVIEW | RECORD. */
  public static final String VAR_SUPERVISION_ACTION = "supervisionAction";
  /** From the form supervision-overdue: what the supervisor did, 1 to 500 characters. */
  public static final String VAR_SUPERVISION_NOTE = "supervisionNote";
  /** The user who completed the supervision task; set by a task listener (currentUser()). */
  public static final String VAR_SUPERVISOR = "supervisor";
  /** Input mapping of the service task: the BPMN id of the late step, e.g. Task_DraftCatalog. */
  public static final String VAR_OVERDUE_ACTIVITY = "overdueActivity";
  /** Input mapping of the service task: what it is about, e.g. the catalog title (optional). */
  public static final String VAR_SUPERVISION_SUBJECT = "supervisionSubject";

  private SupervisionTopics() {
  }
}
