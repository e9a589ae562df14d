package org.govpurchase.tender;

import org.apache.commons.lang3.StringUtils;

/**
 * The procurement number of a tender round: the plan number in round 1 (SZ-2026-0042), the plan
 * number and the round after a re-tender or a change of method (SZ-2026-0042-2). Announcing and
 * the invited-tender draw are both keyed on it, so a round never reuses an earlier round's tender.
 */
public final class ProcurementNumbers {

  private ProcurementNumbers() {
  }

  /**
   * @throws IllegalArgumentException when the plan number is blank or the round below 1
   */
  public static String of(String planNo, int tenderRound) {
    String plan = StringUtils.strip(planNo);
    if (StringUtils.isEmpty(plan)) {
      throw new IllegalArgumentException("planNo is missing");
    }
    if (tenderRound < 1) {
      throw new IllegalArgumentException("tenderRound must be 1 or more: " + tenderRound);
    }
    return tenderRound == 1 ? plan : plan + "-" + tenderRound;
  }
}
