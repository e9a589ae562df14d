package org.govpurchase.evaluation;

import java.util.List;

/**
 * A committee as suppliers and the public see it: the seats always, the experts' names only once
 * unsealed at the award announcement [law].
 *
 * @param experts the serving experts in seat order; empty while sealed
 */
public record PublicCommittee(String procurementNo, boolean sealed, int size, int expertSeats, int buyerSeats,
    List<PublicExpert> experts) {

  /** an expert as the award announcement names them */
  public record PublicExpert(String name, String employer, List<String> specialties) {
  }
}
