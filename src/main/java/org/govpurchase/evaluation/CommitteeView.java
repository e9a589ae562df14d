package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A drawn committee as the process and the buyer's side see it, names included: never show it to
 * suppliers or the public while {@link #sealed()} ({@link CommitteeDraw#publicCommittee} does that).
 *
 * @param members the serving members in seat order (a standby who replaced a member is here, on that seat)
 * @param standbys the standbys still available, in order
 * @param declined the drawn experts who declined, with who replaced them
 * @param recusals the experts left out because of a tie to a bidder or to the buyer (87号令第48条)
 */
public record CommitteeView(long drawId, String drawKey, String procurementNo, long seed, Instant drawnAt,
    LocalDate bidDeadline, BigDecimal budget, int size, int expertSeats, int buyerSeats, boolean sealed,
    Set<Specialty> specialties, List<Seat> members, List<Seat> standbys, List<Seat> declined,
    List<Recusal> recusals) {

  /** the serving experts' ids in seat order */
  public List<Long> memberIds() {
    return members.stream().map(Seat::expertId).toList();
  }

  /** the engine users who score: the serving experts that have a platform login */
  public List<String> memberUserIds() {
    return members.stream().map(Seat::userId).filter(Objects::nonNull).toList();
  }

  public List<Long> standbyIds() {
    return standbys.stream().map(Seat::expertId).toList();
  }

  /**
   * A drawn expert.
   *
   * @param seatNo the seat of a member (also of a declined member)
   * @param standbyOrder the place among the standbys the expert was drawn as, null for one drawn as a member
   * @param replacedBy for a declined member: the expert who took the seat
   */
  public record Seat(long expertId, String userId, String name, String employer, Set<Specialty> specialties,
      Integer seatNo, Integer standbyOrder, Long replacedBy) {
  }

  /** an expert left out: who, which bidder (none for a tie to the buyer), which tie */
  public record Recusal(long expertId, String name, Long supplierId, String creditCode, TieType tieType,
      String reason) {
  }
}
