package org.govpurchase.evaluation;

/**
 * The outcome of a declined expert.
 *
 * @param standbyExpertId the standby who took the seat; null when the decliner was a standby (no seat to fill)
 * @param seatNo the seat taken; null when the decliner was a standby
 * @param committee the committee afterwards
 */
public record Replacement(long drawId, long declinedExpertId, Long standbyExpertId, Integer seatNo,
    CommitteeView committee) {
}
