package org.govpurchase.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govpurchase.draw.SeededDraw;

/**
 * The random part of a committee draw, free of any database: the same candidates, seed, seats and
 * specialties always give the same members and standbys.
 *
 * <ol>
 *   <li>The eligible candidates (active, not recused) are sorted by expert id and shuffled with
 *       {@code SplittableRandom(seed)} (Fisher-Yates, {@link SeededDraw}).</li>
 *   <li>For each requested specialty, in the order of {@link Specialty}, not yet covered by the
 *       experts already chosen, the first expert in the shuffled order who has it is chosen.</li>
 *   <li>The remaining expert seats go to the next experts in the shuffled order.</li>
 *   <li>The standbys are the experts that follow, in order.</li>
 * </ol>
 */
final class CommitteeSelection {

  /** an eligible expert */
  record Candidate(long expertId, Set<Specialty> specialties) {
  }

  /** members in seat order, standbys in standby order */
  record Selection(List<Long> members, List<Long> standbys) {
  }

  private CommitteeSelection() {
  }

  /**
   * @throws CommitteeDrawException when the candidates cannot fill the seats and standbys or
   *     cover the specialties
   */
  static Selection select(List<Candidate> candidates, long seed, int expertSeats, int standbyCount,
      Set<Specialty> required) {
    if (candidates.size() < expertSeats + standbyCount) {
      throw new CommitteeDrawException(CommitteeDrawException.Reason.POOL_TOO_SMALL,
          "回避后专家库可用专家" + candidates.size() + "名，不足评审专家" + expertSeats + "名加候补专家"
              + standbyCount + "名 / after recusal the pool has " + candidates.size() + " eligible experts, "
              + expertSeats + " members and " + standbyCount + " standbys are needed");
    }
    Set<Specialty> needed = required.isEmpty() ? EnumSet.noneOf(Specialty.class) : EnumSet.copyOf(required);
    List<Candidate> order = SeededDraw.shuffle(candidates, Comparator.comparingLong(Candidate::expertId), seed);
    for (Specialty specialty : needed) {
      if (order.stream().noneMatch(c -> c.specialties().contains(specialty))) {
        throw new CommitteeDrawException(CommitteeDrawException.Reason.SPECIALTY_NOT_COVERED,
            "回避后专家库中没有「" + specialty.label() + "」专业的专家 / after recusal no expert in the pool has the "
                + "specialty " + specialty);
      }
    }
    Set<Candidate> chosen = new LinkedHashSet<>();
    Set<Specialty> covered = EnumSet.noneOf(Specialty.class);
    for (Specialty specialty : needed) {
      if (covered.contains(specialty)) {
        continue;
      }
      Candidate pick = order.stream()
          .filter(c -> !chosen.contains(c) && c.specialties().contains(specialty))
          .findFirst().orElseThrow();
      chosen.add(pick);
      covered.addAll(pick.specialties());
    }
    if (chosen.size() > expertSeats) {
      throw new CommitteeDrawException(CommitteeDrawException.Reason.SPECIALTIES_EXCEED_SEATS,
          "所需专业" + needed.size() + "个（" + labels(needed) + "）无法由" + expertSeats
              + "名评审专家覆盖 / the " + needed.size() + " requested specialties cannot be covered by "
              + expertSeats + " expert seats");
    }
    for (Candidate candidate : order) {
      if (chosen.size() == expertSeats) {
        break;
      }
      chosen.add(candidate);
    }
    List<Long> standbys = order.stream()
        .filter(c -> !chosen.contains(c))
        .limit(standbyCount)
        .map(Candidate::expertId)
        .toList();
    return new Selection(chosen.stream().map(Candidate::expertId).toList(), standbys);
  }

  static String labels(Set<Specialty> specialties) {
    return specialties.stream().sorted().map(Specialty::label).collect(Collectors.joining("、"));
  }

}
