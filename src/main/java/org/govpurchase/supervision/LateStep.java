package org.govpurchase.supervision;

import java.time.Instant;

/**
 * What the register keeps of the late step: the calling instance, who was late, since when, the
 * due date and the working days late when the supervisor acted. All null for supervisions recorded
 * before the one escalation.
 */
record LateStep(String processInstanceId, String party, Instant since, Instant dueDate, Integer workingDaysLate) {

  static final LateStep NONE = new LateStep(null, null, null, null, null);
}
