package org.govpurchase.supervision;

/**
 * The ids of processes/supervision.bpmn, its topic and variables. Every user task with a due date
 * escalates to this one process: a non-interrupting boundary timer with the due date's expression
 * leads to a call activity of {@link #KEY} that passes the business key, {@link #VAR_OVERDUE_ACTIVITY}
 * and {@link #VAR_SUPERVISION_SUBJECT}; {@link LateSteps} finds the rest from the caller.
 */
public final class SupervisionProcess {

  public static final String KEY = "Supervision";

  public static final String START = "StartEvent_StepOverdue";
  /** the 督办 user task of the supervision group */
  public static final String TASK_SUPERVISE = "Task_Supervise";
  /** writes the supervision into the register */
  public static final String TASK_RECORD_ACTION = "Task_RecordAction";
  public static final String END_SUPERVISED = "EndEvent_Supervised";

  /** External task after the supervision user task; writes one register row. */
  public static final String TOPIC_RECORD_ACTION = "supervision.recordAction";

  // ---- from the caller's call activity (camunda:in) ----
  /** The BPMN id of the late step in the caller, e.g. Task_DraftCatalog. */
  public static final String VAR_OVERDUE_ACTIVITY = "overdueActivity";
  /** What it is about, one sentence, e.g. the catalog title and year. */
  public static final String VAR_SUPERVISION_SUBJECT = "supervisionSubject";

  // ---- found by LateSteps when the supervision starts ----
  /** The late step's name in the caller's model, e.g. 编制目录草案; the task's name shows it. */
  public static final String VAR_OVERDUE_STEP = "overdueStep";
  /** The caller's process definition key, e.g. CatalogApproval. */
  public static final String VAR_OVERDUE_PROCESS_KEY = "overdueProcessKey";
  /** The caller's process instance id. */
  public static final String VAR_OVERDUE_PROCESS_INSTANCE_ID = "overdueProcessInstanceId";
  /** Who is late: the late tasks' assignees, else their candidate groups, else the responsible group. */
  public static final String VAR_LATE_PARTY = "lateParty";
  /** Since when (Date): the late task's creation, or the start of the late sub-process or service task. */
  public static final String VAR_LATE_SINCE = "lateSince";
  /** The due date (Date): the late task's due date, else the time the timer fired. */
  public static final String VAR_DUE_DATE = "dueDate";
  /** Working days late when the supervision started; the register counts them again when it records. */
  public static final String VAR_WORKING_DAYS_LATE = "workingDaysLate";
  /** The caller's procurement number, when it has one. */
  public static final String VAR_PROCUREMENT_NO = "procurementNo";

  // ---- display-ready text for the form (form-js shows a Date raw, a group by its id) ----
  /** Who is late by name: a group's name (财政部门), a user's name and id. */
  public static final String VAR_LATE_PARTY_TEXT = "latePartyText";
  /** {@link #VAR_LATE_SINCE} as yyyy-MM-dd HH:mm in Beijing time. */
  public static final String VAR_LATE_SINCE_TEXT = "lateSinceText";
  /** {@link #VAR_DUE_DATE} as yyyy-MM-dd HH:mm in Beijing time. */
  public static final String VAR_DUE_DATE_TEXT = "dueDateText";
  /** {@link #VAR_WORKING_DAYS_LATE} in words; 0 (the timer fires at the end of the due day) is said as such. */
  public static final String VAR_WORKING_DAYS_LATE_TEXT = "workingDaysLateText";

  // ---- from the form supervision-overdue ----
  /** URGE | INTERVIEW | RECORD. */
  public static final String VAR_SUPERVISION_ACTION = "supervisionAction";
  /** What the supervisor did, 1 to 500 characters. */
  public static final String VAR_SUPERVISION_NOTE = "supervisionNote";
  /** The user who completed the supervision task; set by a task listener (currentUser()). */
  public static final String VAR_SUPERVISOR = "supervisor";

  /**
   * Optional camunda:property on a late sub-process or service task: the group responsible for it,
   * named as late when no user task inside it is active (e.g. an external task, a message wait).
   */
  public static final String PROPERTY_RESPONSIBLE_GROUP = "responsibleGroup";

  private SupervisionProcess() {
  }
}
