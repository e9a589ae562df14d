package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a committee draw needs. Optional figures (null) take the {@code platform.evaluation.committee}
 * defaults.
 *
 * @param drawKey idempotency key: a second draw with the same key returns the first draw
 *     (null: the procurement number, i.e. one draw per procurement)
 * @param procurementNo the procurement's number, e.g. SZ-2026-0042
 * @param buyerAgencyCode the buying purchasing agency's code: its staff and users are never drawn
 *     (87号令第48条)
 * @param budget the plan's budget in yuan: above the large-project budget the committee has at least 7 members
 * @param bidDeadline the bid deadline's date (China time): ties ended more than the recusal period before it do not recuse
 * @param committeeSize odd, at least the minimum for the budget (null: that minimum)
 * @param buyerRepresentatives the buyer's seats; the experts' seats (the rest) must be at least two thirds
 * @param standbyCount standby experts to draw, in order
 * @param specialties the specialties the plan asks for: at least one member has each
 * @param bidders every bidder, by supplier id and unified social credit code: experts tied to any are recused
 * @param seed the random seed (null: a fresh one from SecureRandom); stored and logged
 */
public record DrawRequest(String drawKey, String procurementNo, String buyerAgencyCode, BigDecimal budget, LocalDate bidDeadline,
    Integer committeeSize, Integer buyerRepresentatives, Integer standbyCount, Set<Specialty> specialties,
    List<Bidder> bidders, Long seed) {

  /** a bidder: the supplier registry's id and the organization's unified social credit code */
  public record Bidder(Long supplierId, String creditCode) {
  }
}
