package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.supplier.CreditCode;
import org.govpurchase.draw.SeededDraw;

/**
 * Draws evaluation committees (评标委员会) at random from the expert pool.
 *
 * <ul>
 *   <li>Size: odd, at least {@code min-size} (5), at least {@code large-project-min-size} (7)
 *       when the budget exceeds {@code large-project-budget} (10,000,000 yuan) [unconfirmed];
 *       experts at least two thirds of the seats, the buyer's representatives the rest [law].</li>
 *   <li>Recusal (回避): every expert with a tie to any bidder (matched on the unified social credit
 *       code) is left out: employment, a directorship or control that had not ended more than
 *       {@code recusal-years} (3) years before the bid deadline, or being a close relative of
 *       such a person at any time [law]. Each recusal is stored with its reason.</li>
 *   <li>87号令第48条: an expert employed by the buying agency, or whose platform login is a user of the
 *       buying agency or of a bidder, is left out too, recorded as a recusal with its reason.</li>
 *   <li>Reproducible: the draw is {@link CommitteeSelection} over the eligible experts with a seed
 *       that is logged and stored; the same pool, seed, seats, specialties and bidders give the
 *       same committee.</li>
 *   <li>Idempotent: keyed on the request's draw key; a second call returns the first draw.</li>
 *   <li>Sealed: names stay out of {@link #publicCommittee} until {@link #unseal}.</li>
 * </ul>
 *
 * A pool that cannot make the committee is a {@link CommitteeDrawException} (a business outcome,
 * nothing written); bad input is an {@link InvalidRequestException}.
 */
@Service
@EnableConfigurationProperties(EvaluationProperties.class)
public class CommitteeDraw {

  private static final Logger LOG = LoggerFactory.getLogger(CommitteeDraw.class);

  static final int MAX_DRAW_KEY = 100;
  static final int MAX_PROCUREMENT_NO = 32;
  static final int MAX_STANDBY = 20;
  static final int MAX_REASON = 300;

  private final ExpertRepository experts;
  private final ExpertAffiliations affiliations;
  private final DrawnCommitteeRepository draws;
  private final EvaluationProperties.Committee config;
  private final Clock clock;

  CommitteeDraw(ExpertRepository experts, ExpertAffiliations affiliations, DrawnCommitteeRepository draws,
      EvaluationProperties properties, Clock clock) {
    this.experts = experts;
    this.affiliations = affiliations;
    this.draws = draws;
    this.config = properties.committee();
    this.clock = clock;
  }

  /**
   * Draws a committee with its standbys, or returns the draw already made under the same draw key.
   *
   * @throws InvalidRequestException on bad input (even size, too many buyer seats, bad credit code...)
   * @throws CommitteeDrawException when the pool, after recusal, cannot make the committee
   */
  @Transactional
  public CommitteeView draw(DrawRequest request) {
    check(request != null, "抽取请求为空 / draw request is missing");
    String procurementNo = StringUtils.trimToNull(request.procurementNo());
    check(procurementNo != null && procurementNo.length() <= MAX_PROCUREMENT_NO,
        "采购编号必填，不超过" + MAX_PROCUREMENT_NO + "个字符 / procurement number is required, at most "
            + MAX_PROCUREMENT_NO + " characters");
    String buyer = StringUtils.trimToNull(request.buyerAgencyCode());
    check(buyer != null, "采购人（购买主体）代码必填：回避审查需要采购人 / the buying agency's code is required for recusal");
    String drawKey = StringUtils.defaultIfBlank(StringUtils.trim(request.drawKey()), procurementNo);
    check(drawKey.length() <= MAX_DRAW_KEY,
        "抽取键不超过" + MAX_DRAW_KEY + "个字符 / draw key must be at most " + MAX_DRAW_KEY + " characters");
    BigDecimal budget = request.budget();
    check(budget != null && budget.signum() >= 0 && budget.scale() <= 2 && budget.precision() - budget.scale() <= 16,
        "预算金额必填，非负，最多两位小数 / budget is required, not negative, at most 2 decimals");
    check(request.bidDeadline() != null, "投标截止日期必填 / bid deadline is required");

    int minimum = config.minimumFor(budget);
    int size = request.committeeSize() == null ? minimum : request.committeeSize();
    check(size % 2 == 1 && size >= minimum,
        "评标委员会成员人数应为单数且不少于" + minimum + "人（预算" + budget.toPlainString() + "元）：" + size
            + " / the committee must have an odd number of members, at least " + minimum + ": " + size);
    int buyerSeats = request.buyerRepresentatives() == null ? config.buyerRepresentatives()
        : request.buyerRepresentatives();
    int expertSeats = size - buyerSeats;
    check(buyerSeats >= 0 && 3 * expertSeats >= 2 * size,
        "评标委员会" + size + "人中专家不得少于三分之二，采购人代表至多" + (size - ceilTwoThirds(size)) + "人："
            + buyerSeats + " / experts must be at least two thirds of " + size + " seats, at most "
            + (size - ceilTwoThirds(size)) + " buyer representatives: " + buyerSeats);
    int standbyCount = request.standbyCount() == null ? config.standbyCount() : request.standbyCount();
    check(standbyCount >= 0 && standbyCount <= MAX_STANDBY,
        "候补专家0至" + MAX_STANDBY + "名 / 0 to " + MAX_STANDBY + " standby experts: " + standbyCount);
    Set<Specialty> specialties = request.specialties() == null || request.specialties().isEmpty()
        ? EnumSet.noneOf(Specialty.class) : EnumSet.copyOf(request.specialties());
    Map<String, Long> bidders = bidders(request.bidders());

    Optional<DrawnCommittee> existing = draws.findByDrawKey(drawKey);
    if (existing.isPresent()) {
      DrawnCommittee first = existing.get();
      check(first.getProcurementNo().equals(procurementNo), "抽取键「" + drawKey + "」已用于采购项目"
          + first.getProcurementNo() + " / draw key " + drawKey + " belongs to " + first.getProcurementNo());
      // the same worker again (lock expired, or a crash before complete): the first draw stands
      LOG.info("Committee draw {} for {} already made (draw {}, seed {})", drawKey, procurementNo,
          first.getId(), first.getSeed());
      return view(first);
    }

    long seed = request.seed() == null ? SeededDraw.newSeed() : request.seed();
    List<Expert> pool = experts.findActivePool();
    List<Recused> recused = new ArrayList<>();
    List<CommitteeSelection.Candidate> candidates = new ArrayList<>();
    for (Expert expert : pool) {
      List<Recused> ties = recusals(expert, bidders, buyer, request.bidDeadline());
      if (ties.isEmpty()) {
        candidates.add(new CommitteeSelection.Candidate(expert.getId(), expert.getSpecialties()));
      }
      recused.addAll(ties);
    }
    LOG.info("Committee draw {} for {}: seed {}, {} members ({} experts, {} buyer), {} standbys, specialties {},"
            + " pool {} active, {} recused", drawKey, procurementNo, seed, size, expertSeats, buyerSeats,
        standbyCount, specialties, pool.size(), pool.size() - candidates.size());
    CommitteeSelection.Selection selection =
        CommitteeSelection.select(candidates, seed, expertSeats, standbyCount, specialties);

    Map<Long, Expert> byId = pool.stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
    DrawnCommittee draw = new DrawnCommittee(drawKey, procurementNo, seed, now(), request.bidDeadline(), budget,
        size, expertSeats, standbyCount, specialties, bidders.entrySet().stream()
        .map(b -> new DrawnCommittee.DrawBidder(b.getValue(), b.getKey())).toList());
    int seat = 0;
    for (Long id : selection.members()) {
      draw.addMember(CommitteeMember.member(draw, byId.get(id), ++seat));
    }
    int order = 0;
    for (Long id : selection.standbys()) {
      draw.addMember(CommitteeMember.standby(draw, byId.get(id), ++order));
    }
    for (Recused r : recused) {
      draw.addRecusal(new CommitteeRecusal(draw, r.expert(), r.supplierId(), r.creditCode(), r.type(), r.reason()));
    }
    // Two runs at the same moment both get here; the unique draw key makes the second one fail,
    // and its retry finds the first one's draw above.
    DrawnCommittee saved = draws.saveAndFlush(draw);
    LOG.info("Committee draw {} for {} saved as draw {}: members {}, standbys {}", drawKey, procurementNo,
        saved.getId(), selection.members(), selection.standbys());
    return view(saved);
  }

  /** the draw with names (for the process and the buyer's side; sealed to suppliers and the public) */
  @Transactional(readOnly = true)
  public CommitteeView committee(long drawId) {
    return view(draws.findById(drawId).orElseThrow(() -> noDraw(drawId)));
  }

  @Transactional(readOnly = true)
  public Optional<CommitteeView> findByDrawKey(String drawKey) {
    return draws.findByDrawKey(drawKey).map(CommitteeDraw::view);
  }

  /**
   * A member declines (or cannot serve): the first available standby, in standby order, whose
   * specialties cover whatever the remaining members no longer cover takes the seat. A standby
   * who declines is only marked, and will not be taken. Declining again returns the first outcome.
   *
   * @throws NoSuchElementException when the draw does not exist or the expert was not drawn in it
   * @throws CommitteeDrawException when no available standby keeps the specialty coverage (nothing changes)
   */
  @Transactional
  public Replacement replaceDeclined(long drawId, long expertId) {
    DrawnCommittee draw = draws.lockById(drawId).orElseThrow(() -> noDraw(drawId));
    CommitteeMember decliner = draw.getMembers().stream()
        .filter(m -> m.getExpert().getId() == expertId)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("专家" + expertId + "未被抽入第" + drawId + "次抽取的评标委员会"
            + " / expert " + expertId + " was not drawn in draw " + drawId));
    if (decliner.isDeclined()) {
      return new Replacement(drawId, expertId, decliner.getReplacedBy(),
          decliner.getReplacedBy() == null ? null : decliner.getSeatNo(), view(draw));
    }
    if (decliner.getRole() == CommitteeMember.Role.STANDBY) {
      decliner.decline(null);
      draws.flush();
      return new Replacement(drawId, expertId, null, null, view(draw));
    }
    Set<Specialty> uncovered = EnumSet.noneOf(Specialty.class);
    uncovered.addAll(draw.getSpecialties());
    draw.getMembers().stream()
        .filter(m -> m.isServing() && m != decliner)
        .forEach(m -> uncovered.removeAll(m.getExpert().getSpecialties()));
    CommitteeMember standby = draw.getMembers().stream()
        .filter(CommitteeMember::isAvailableStandby)
        .sorted(Comparator.comparing(CommitteeMember::getStandbyOrder))
        .filter(m -> m.getExpert().getSpecialties().containsAll(uncovered))
        .findFirst()
        .orElseThrow(() -> new CommitteeDrawException(CommitteeDrawException.Reason.NO_SUITABLE_STANDBY,
            "没有可替补专家" + expertId + "的候补专家" + (uncovered.isEmpty() ? ""
                : "（须具备" + CommitteeSelection.labels(uncovered) + "专业）") + " / no standby left to replace expert "
                + expertId + (uncovered.isEmpty() ? "" : " with the specialties " + uncovered)));
    decliner.decline(standby.getExpert().getId());
    standby.takeSeat(decliner.getSeatNo());
    draws.flush();
    LOG.info("Draw {} ({}): expert {} declined, standby {} takes seat {}", drawId, draw.getProcurementNo(),
        expertId, standby.getExpert().getId(), decliner.getSeatNo());
    return new Replacement(drawId, expertId, standby.getExpert().getId(), decliner.getSeatNo(), view(draw));
  }

  /**
   * Unseals every draw of the procurement at the award announcement, which names the experts
   * [law]; unsealing again changes nothing.
   *
   * @throws NoSuchElementException when the procurement has no draw
   */
  @Transactional
  public PublicCommittee unseal(String procurementNo) {
    List<DrawnCommittee> found = draws.findByProcurementNoOrderByIdDesc(procurementNo);
    if (found.isEmpty()) {
      throw noCommittee(procurementNo);
    }
    LocalDateTime at = now();
    found.forEach(d -> d.unseal(at));
    draws.flush();
    return toPublic(found.get(0));
  }

  /**
   * The procurement's committee (its latest draw) as suppliers and the public may see it: the
   * serving experts' names only once unsealed.
   *
   * @throws NoSuchElementException when the procurement has no draw
   */
  @Transactional(readOnly = true)
  public PublicCommittee publicCommittee(String procurementNo) {
    return draws.findByProcurementNoOrderByIdDesc(procurementNo).stream().findFirst()
        .map(CommitteeDraw::toPublic)
        .orElseThrow(() -> noCommittee(procurementNo));
  }

  /** an expert left out, and why; supplierId and creditCode are null for a tie to the buyer */
  private record Recused(Expert expert, Long supplierId, String creditCode, TieType type, String reason) {
  }

  private List<Recused> recusals(Expert expert, Map<String, Long> bidders, String buyer,
      java.time.LocalDate bidDeadline) {
    List<Recused> found = new ArrayList<>();
    for (ExpertTie tie : expert.getTies()) {
      Long supplierId = bidders.get(tie.getCreditCode());
      if (supplierId != null && tie.recuses(bidDeadline, config.recusalYears())) {
        found.add(new Recused(expert, supplierId, tie.getCreditCode(), tie.getType(), reason(tie)));
      }
    }
    // 87号令第48条: the buyer's own staff sit as its representatives, never as experts
    if (buyer.equals(expert.getEmployerAgencyCode())) {
      found.add(new Recused(expert, null, null, TieType.BUYER_EMPLOYEE,
          "受聘于本项目采购人（购买主体 " + buyer + "），不得作为评审专家"));
    }
    String user = expert.getUserId();
    if (user != null) {
      if (affiliations.agencyOf(user).filter(buyer::equals).isPresent()) {
        found.add(new Recused(expert, null, null, TieType.BUYER_USER,
            "平台账号「" + user + "」为本项目采购人（购买主体 " + buyer + "）的用户，不得作为评审专家"));
      }
      Optional<Long> acting = affiliations.supplierOf(user).filter(bidders::containsValue);
      if (acting.isPresent()) {
        String code = bidders.entrySet().stream().filter(b -> b.getValue().equals(acting.get()))
            .map(Map.Entry::getKey).findFirst().orElseThrow();
        found.add(new Recused(expert, acting.get(), code, TieType.BIDDER_USER,
            "平台账号「" + user + "」为投标人" + code + "的用户，不得作为评审专家"));
      }
    }
    return found;
  }

  private static String reason(ExpertTie tie) {
    String period = tie.getType().datesMatter()
        ? "（" + (tie.getFromDate() == null ? "" : tie.getFromDate()) + "至"
            + (tie.getToDate() == null ? "今" : tie.getToDate().toString()) + "）"
        : "";
    String text = "与投标人" + tie.getCreditCode() + "存在利害关系：" + tie.getType().label() + period
        + (tie.getNote() == null ? "" : "，" + tie.getNote());
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }

  /** credit code -> supplier id, in supplier id order */
  private static Map<String, Long> bidders(List<DrawRequest.Bidder> bidders) {
    check(bidders != null && !bidders.isEmpty(), "投标人名单为空：回避审查需要投标人 / bidders are required for recusal");
    Map<String, Long> byCode = new LinkedHashMap<>();
    Set<Long> ids = new HashSet<>();
    bidders.stream()
        .sorted(Comparator.comparing(b -> b == null || b.supplierId() == null ? Long.MIN_VALUE : b.supplierId()))
        .forEach(b -> {
          check(b != null && b.supplierId() != null, "投标人缺少供应商ID / a bidder has no supplier id");
          String code = CreditCode.normalize(b.creditCode());
          check(ids.add(b.supplierId()) && byCode.putIfAbsent(code, b.supplierId()) == null,
              "投标人重复：" + b.supplierId() + " / " + code + " / duplicate bidder");
        });
    return byCode;
  }

  private static CommitteeView view(DrawnCommittee d) {
    List<CommitteeMember> rows = d.getMembers();
    return new CommitteeView(d.getId(), d.getDrawKey(), d.getProcurementNo(), d.getSeed(),
        d.getDrawnAt().toInstant(ZoneOffset.UTC), d.getBidDeadline(), d.getBudget(), d.getCommitteeSize(),
        d.getExpertSeats(), d.getBuyerSeats(), d.isSealed(), d.getSpecialties(),
        rows.stream().filter(CommitteeMember::isServing)
            .sorted(Comparator.comparing(CommitteeMember::getSeatNo)).map(CommitteeDraw::seat).toList(),
        rows.stream().filter(CommitteeMember::isAvailableStandby)
            .sorted(Comparator.comparing(CommitteeMember::getStandbyOrder)).map(CommitteeDraw::seat).toList(),
        rows.stream().filter(CommitteeMember::isDeclined).map(CommitteeDraw::seat).toList(),
        d.getRecusals().stream().map(r -> new CommitteeView.Recusal(r.getExpert().getId(), r.getExpert().getName(),
            r.getSupplierId(), r.getCreditCode(), r.getTieType(), r.getReason())).toList());
  }

  private static CommitteeView.Seat seat(CommitteeMember m) {
    Expert e = m.getExpert();
    return new CommitteeView.Seat(e.getId(), e.getUserId(), e.getName(), e.getEmployer(), e.getSpecialties(),
        m.getSeatNo(), m.getStandbyOrder(), m.getReplacedBy());
  }

  private static PublicCommittee toPublic(DrawnCommittee d) {
    List<PublicCommittee.PublicExpert> experts = d.isSealed() ? List.of() : d.getMembers().stream()
        .filter(CommitteeMember::isServing)
        .sorted(Comparator.comparing(CommitteeMember::getSeatNo))
        .map(m -> new PublicCommittee.PublicExpert(m.getExpert().getName(), m.getExpert().getEmployer(),
            m.getExpert().getSpecialties().stream().map(Specialty::label).toList()))
        .toList();
    return new PublicCommittee(d.getProcurementNo(), d.isSealed(), d.getCommitteeSize(), d.getExpertSeats(),
        d.getBuyerSeats(), experts);
  }

  private static int ceilTwoThirds(int size) {
    return (2 * size + 2) / 3;
  }

  private static NoSuchElementException noDraw(long drawId) {
    return new NoSuchElementException("评标委员会抽取记录" + drawId + "不存在 / no committee draw " + drawId);
  }

  private static NoSuchElementException noCommittee(String procurementNo) {
    return new NoSuchElementException("采购项目" + procurementNo + "尚未抽取评标委员会 / no committee drawn for "
        + procurementNo);
  }

  private LocalDateTime now() {
    // whole seconds: what MySQL keeps with sendFractionalSeconds=false
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
