package org.govpurchase.supplier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.draw.SeededDraw;
import org.govpurchase.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the suppliers invited to an invited tender (邀请招标): at least {@value #MIN_COUNT},
 * drawn at random from the suppliers qualified on the bid date [law] (DOMAIN.md §3).
 *
 * <ul>
 *   <li>Candidates: every supplier whose {@link SupplierService#qualification(long, LocalDate,
 *       EvaluationGrade) qualification} on the bid date is fully met: all seven conditions
 *       verified and valid, ACTIVE, and the minimum evaluation grade when one is given.</li>
 *   <li>Reproducible: the candidates sorted by supplier id are shuffled (Fisher-Yates) with
 *       {@code SplittableRandom(seed)} ({@link SeededDraw}), as the committee draw does, and the first
 *       {@code count} are invited; the seed is logged and stored, so the same registry, bid date,
 *       grade, count and seed give the same invitees.</li>
 *   <li>Idempotent: keyed on the draw key; a second call returns the first draw.</li>
 * </ul>
 *
 * Too few qualified suppliers is an {@link InvitationDrawException} (a business outcome, nothing
 * written); bad input, including fewer than three invitees, is an {@link InvalidRequestException}.
 */
@Service
public class InvitationDraw {

  private static final Logger LOG = LoggerFactory.getLogger(InvitationDraw.class);

  /** an invited tender invites at least three suppliers [law] */
  public static final int MIN_COUNT = 3;
  static final int MAX_DRAW_KEY = 100;
  static final int MAX_PROCUREMENT_NO = 32;

  private final SupplierService registry;
  private final SupplierRepository suppliers;
  private final DrawnInvitationRepository draws;
  private final Clock clock;

  InvitationDraw(SupplierService registry, SupplierRepository suppliers, DrawnInvitationRepository draws,
      Clock clock) {
    this.registry = registry;
    this.suppliers = suppliers;
    this.draws = draws;
    this.clock = clock;
  }

  /**
   * Draws the invitees, or returns the draw already made under the same draw key.
   *
   * @param drawKey      the idempotency key; blank: the procurement number
   * @param minimumGrade null or NONE: no grade required
   * @param seed         null: a random one, logged and stored
   * @throws InvalidRequestException on bad input: no procurement number or bid date, fewer than
   *     three invitees, a draw key already used for another procurement
   * @throws InvitationDrawException when fewer suppliers are qualified than are to be invited
   */
  @Transactional
  public InvitationDrawView draw(String drawKey, String procurementNo, LocalDate bidDate, int count,
      EvaluationGrade minimumGrade, Long seed) {
    String number = StringUtils.trimToNull(procurementNo);
    check(number != null && number.length() <= MAX_PROCUREMENT_NO,
        "采购编号必填，不超过" + MAX_PROCUREMENT_NO + "个字符 / procurement number is required, at most "
            + MAX_PROCUREMENT_NO + " characters");
    String key = StringUtils.defaultIfBlank(StringUtils.trim(drawKey), number);
    check(key.length() <= MAX_DRAW_KEY,
        "抽取键不超过" + MAX_DRAW_KEY + "个字符 / draw key must be at most " + MAX_DRAW_KEY + " characters");
    check(bidDate != null, "投标日期必填 / bid date is required");
    check(count >= MIN_COUNT, "邀请招标应邀请不少于" + MIN_COUNT + "家供应商：" + count
        + " / an invited tender invites at least " + MIN_COUNT + " suppliers: " + count);
    EvaluationGrade grade = minimumGrade == EvaluationGrade.NONE ? null : minimumGrade;

    Optional<DrawnInvitation> existing = draws.findByDrawKey(key);
    if (existing.isPresent()) {
      DrawnInvitation first = existing.get();
      check(first.getProcurementNo().equals(number), "抽取键「" + key + "」已用于采购项目"
          + first.getProcurementNo() + " / draw key " + key + " belongs to " + first.getProcurementNo());
      // the same worker again (lock expired, or a crash before complete): the first draw stands
      LOG.info("Invitation draw {} for {} already made (draw {}, seed {})", key, number, first.getId(),
          first.getSeed());
      return view(first);
    }

    long usedSeed = seed == null ? SeededDraw.newSeed() : seed;
    List<Supplier> registered = suppliers.findAllByOrderById();
    List<Long> candidates = registered.stream()
        .map(Supplier::getId)
        .filter(id -> registry.qualification(id, bidDate, grade).qualified())
        .toList();
    LOG.info("Invitation draw {} for {}: seed {}, {} invitees, bid date {}, minimum grade {}, {} of {} suppliers"
        + " qualified", key, number, usedSeed, count, bidDate, grade, candidates.size(), registered.size());
    if (candidates.size() < count) {
      throw new InvitationDrawException(InvitationDrawException.Reason.TOO_FEW_QUALIFIED_SUPPLIERS,
          candidates.size(), count, "投标日" + bidDate + "符合条件的承接主体" + candidates.size() + "家"
              + (grade == null ? "" : "（评估等级" + grade.label() + "及以上）") + "，不足邀请的" + count + "家 / "
              + candidates.size() + " suppliers qualified on " + bidDate
              + (grade == null ? "" : " with grade " + grade.label() + " or better") + ", " + count
              + " are to be invited");
    }
    List<Long> invited = select(candidates, usedSeed, count);
    // Two runs at the same moment both get here; the unique draw key makes the second one fail,
    // and its retry finds the first one's draw above.
    DrawnInvitation saved = draws.saveAndFlush(
        new DrawnInvitation(key, number, usedSeed, bidDate, count, grade, now(), invited));
    LOG.info("Invitation draw {} for {} saved as draw {}: invitees {}", key, number, saved.getId(), invited);
    return view(saved);
  }

  /** the draw made under this key, if any */
  @Transactional(readOnly = true)
  public Optional<InvitationDrawView> findByDrawKey(String drawKey) {
    return draws.findByDrawKey(drawKey).map(this::view);
  }

  /**
   * The random part, free of any database: the candidates sorted by id, shuffled (Fisher-Yates)
   * with {@code SplittableRandom(seed)} ({@link SeededDraw}), the first {@code count} of them.
   */
  static List<Long> select(List<Long> candidates, long seed, int count) {
    List<Long> order = SeededDraw.shuffle(candidates, Comparator.naturalOrder(), seed);
    return List.copyOf(order.subList(0, Math.min(count, order.size())));
  }

  private InvitationDrawView view(DrawnInvitation d) {
    List<Long> ids = d.getInvitees().stream().map(DrawnInvitation.Invitee::getSupplierId).toList();
    Map<Long, Supplier> byId = suppliers.findAllById(ids).stream()
        .collect(Collectors.toMap(Supplier::getId, Function.identity()));
    List<InvitationDrawView.Invitee> invitees = d.getInvitees().stream()
        .map(i -> {
          Supplier s = byId.get(i.getSupplierId());
          return new InvitationDrawView.Invitee(i.getPosition(), i.getSupplierId(), s.getCreditCode(), s.getName());
        })
        .toList();
    return new InvitationDrawView(d.getId(), d.getDrawKey(), d.getProcurementNo(), d.getSeed(), d.getBidDate(),
        d.getRequestedCount(), d.getMinimumGrade(), d.getDrawnAt(), invitees);
  }

  /** whole seconds: the MySQL URL sends no fractional seconds, so what we hold is what is stored */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
