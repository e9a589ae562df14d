package org.govpurchase.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invitation draw (邀请招标): the suppliers invited, in drawn order.
 *
 * @param minimumGrade null: no grade was required
 * @param invitees     the invited suppliers, position 1 first
 */
public record InvitationDrawView(long drawId, String drawKey, String procurementNo, long seed, LocalDate bidDate,
    int requestedCount, EvaluationGrade minimumGrade, Instant drawnAt, List<Invitee> invitees) {

  public InvitationDrawView {
    invitees = List.copyOf(invitees);
  }

  /** the invited suppliers' ids in drawn order */
  public List<Long> supplierIds() {
    return invitees.stream().map(Invitee::supplierId).toList();
  }

  /** an invited supplier */
  public record Invitee(int position, long supplierId, String creditCode, String name) {
  }
}
