package org.govpurchase.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.award.AwardService;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract amendments (合同变更). The amount, the term, the payment dates and the use of funds change
 * only by agreement of both sides (seed, article 1): one side proposes, the other accepts or refuses.
 * Every write is keyed on the amendment (or, for the proposal, on its process instance) and may run
 * twice; every method takes {@code now}.
 *
 * <p>Rules: a filed contract, one open amendment at a time; the amended amount at most 110% of the
 * original contract's (the award's price): a supplementary contract adds at most 10% [law,
 * 政府采购法第四十九条], counted over all amendments; an amount change comes with the whole new schedule;
 * instalments already requested or paid keep their amount and date; due dates stay within the
 * (amended) term and increase. Shortening the term (a one-year project squeezed into six months,
 * seed article 1) needs the finance bureau's approval as well. The rules are checked when the
 * change is proposed and again when it takes effect: by then an instalment may have been requested.
 */
@Service
@Transactional(readOnly = true)
public class AmendmentService {

  /** the most a supplementary contract adds, as a share of the original amount [law] */
  public static final BigDecimal SUPPLEMENT_CAP = new BigDecimal("0.10");
  public static final int MAX_REASON = 1000;
  public static final int MAX_FUNDS_USE = 500;
  public static final int MAX_ANSWER_REASON = 500;

  private final ContractRepository contracts;
  private final ContractInstalmentRepository instalments;
  private final ContractAmendmentRepository amendments;
  private final AwardService awards;
  private final SupplierService suppliers;
  private final AgencyMembers agencyMembers;
  private final InstalmentProgress progress;

  AmendmentService(ContractRepository contracts, ContractInstalmentRepository instalments,
      ContractAmendmentRepository amendments, AwardService awards, SupplierService suppliers,
      AgencyMembers agencyMembers, InstalmentProgress progress) {
    this.contracts = contracts;
    this.instalments = instalments;
    this.amendments = amendments;
    this.awards = awards;
    this.suppliers = suppliers;
    this.agencyMembers = agencyMembers;
    this.progress = progress;
  }

  // ---- proposing -----------------------------------------------------------------------------

  /** @throws NoSuchElementException no contract under that procurement number */
  public long contractIdOf(String procurementNo) {
    return contracts.findByProcurementNo(StringUtils.strip(Objects.toString(procurementNo, "")))
        .map(Contract::getId)
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + procurementNo + "」没有合同"));
  }

  /**
   * Whether {@code side} may propose this change now; writes nothing.
   *
   * @throws NoSuchElementException        no such contract
   * @throws ContractAccessDeniedException a supplier user who does not act for the contract's supplier
   * @throws ContractConflictException     the contract is not filed, or an amendment is still open
   * @throws InvalidRequestException       the change breaks a rule: every problem, one per line
   */
  public void check(long contractId, ContractSide side, String user, AmendmentProposal proposal) {
    Contract contract = contracts.findById(contractId).orElseThrow(() -> noContract(contractId));
    checkProposal(contract, side, user, proposal);
  }

  /**
   * Records the proposal of {@code side} (PROPOSED), numbered after the contract's earlier ones.
   * Keyed on the process instance that carries it: running it again returns the same amendment.
   *
   * @throws ContractAccessDeniedException, ContractConflictException, InvalidRequestException as
   *                                       {@link #check}
   */
  @Transactional
  public AmendmentView propose(String processInstanceId, long contractId, ContractSide side, String user,
      AmendmentProposal proposal, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    var existing = amendments.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      if (existing.get().getContractId() != contractId) {
        throw new ContractConflictException("流程实例" + processInstanceId + "已用于另一份合同的变更");
      }
      return existing.get().view(contract.getProcurementNo());
    }
    checkProposal(contract, side, user, proposal);
    int seq = amendments.findByContractIdOrderBySeq(contractId).size() + 1;
    ContractAmendment amendment = amendments.saveAndFlush(new ContractAmendment(contract, seq, side, user(user),
        seconds(now), proposal, processInstanceId));
    return amendment.view(contract.getProcurementNo());
  }

  /**
   * The proposal the supplier API recorded for this process instance (it writes the supplier's
   * proposal with the start of the instance; the process only reads it).
   */
  public java.util.Optional<AmendmentView> registered(String processInstanceId) {
    return amendments.findByProcessInstanceId(processInstanceId).map(this::view);
  }

  private void checkProposal(Contract contract, ContractSide side, String user, AmendmentProposal proposal) {
    Objects.requireNonNull(side, "side");
    if (side == ContractSide.SUPPLIER) {
      checkSupplier(contract, user);
    } else {
      checkAgency(contract, user);
    }
    if (contract.getStatus() != ContractStatus.FILED) {
      throw new ContractConflictException("合同" + contract.getId() + "当前" + contract.getStatus().label()
          + "，备案后方可变更");
    }
    amendments.findByContractIdOrderBySeq(contract.getId()).stream().filter(a -> !a.getStatus().closed())
        .findFirst().ifPresent(open -> {
          throw new ContractConflictException("合同" + contract.getId() + "第" + open.getSeq() + "次变更"
              + open.getStatus().label() + "，办结后方可再提出变更");
        });
    List<String> problems = new ArrayList<>(textProblems(proposal));
    if (proposal != null && !proposal.changesNothing()) {
      problems.addAll(changeProblems(contract, proposal));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("\n", problems));
    }
  }

  private static List<String> textProblems(AmendmentProposal proposal) {
    List<String> problems = new ArrayList<>();
    if (proposal == null || proposal.changesNothing()) {
      problems.add("请提出至少一项变更：合同金额、服务期限、付款计划或资金用途");
      return problems;
    }
    String reason = proposal.reason();
    if (StringUtils.isEmpty(reason)) {
      problems.add("请填写变更理由 / reason");
    } else if (reason.length() > MAX_REASON) {
      problems.add("变更理由不能超过" + MAX_REASON + "个字符");
    }
    String fundsUse = proposal.fundsUse();
    if (fundsUse != null && fundsUse.length() > MAX_FUNDS_USE) {
      problems.add("资金用途变更说明不能超过" + MAX_FUNDS_USE + "个字符");
    }
    return problems;
  }

  /** what the change breaks, against the contract as it stands now */
  private List<String> changeProblems(Contract contract, AmendmentProposal p) {
    List<String> problems = new ArrayList<>();
    BigDecimal amount = p.amount() == null ? contract.getAmount() : p.amount();
    LocalDate termEnd = p.termEnd() == null ? contract.getTermEnd() : p.termEnd();
    if (p.amount() != null) {
      amountProblems(contract, p.amount(), problems);
    }
    if (p.termEnd() != null) {
      if (p.termEnd().equals(contract.getTermEnd())) {
        problems.add("新的服务期限截止日与原合同相同（" + contract.getTermEnd() + "）");
      } else if (p.termEnd().isBefore(contract.getTermStart())) {
        problems.add("服务期限截止日不能早于开始日" + contract.getTermStart());
      }
    }
    List<ContractInstalment> current = instalments.findByContractIdOrderBySeq(contract.getId());
    if (p.schedule().isEmpty()) {
      if (p.amount() != null && amount.compareTo(contract.getAmount()) != 0) {
        problems.add("变更合同金额须同时提出新的分期付款计划（各期金额合计等于新金额）");
      }
      for (ContractInstalment i : current) {
        dateWithinTerm(problems, "第" + i.getSeq() + "期", i.getDueDate(), contract.getTermStart(), termEnd);
      }
      return problems;
    }
    scheduleProblems(contract, current, p.schedule(), amount, termEnd, problems);
    return problems;
  }

  private void amountProblems(Contract contract, BigDecimal amount, List<String> problems) {
    if (amount.signum() <= 0) {
      problems.add("合同金额须大于0");
      return;
    }
    if (Math.max(0, amount.stripTrailingZeros().scale()) > 2) {
      problems.add("合同金额最多两位小数");
      return;
    }
    if (amount.compareTo(contract.getAmount()) == 0) {
      problems.add("新的合同金额与原合同相同（" + contract.getAmount().toPlainString() + "元）");
    }
    BigDecimal original = originalAmount(contract);
    BigDecimal most = original.multiply(BigDecimal.ONE.add(SUPPLEMENT_CAP)).setScale(2, RoundingMode.DOWN);
    if (amount.compareTo(most) > 0) {
      problems.add("补充合同的金额不得超过原合同金额的10%：原合同金额" + original.toPlainString() + "元，变更后至多"
          + most.toPlainString() + "元，提出的是" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元");
    }
  }

  private void scheduleProblems(Contract contract, List<ContractInstalment> current, List<Instalment> schedule,
      BigDecimal amount, LocalDate termEnd, List<String> problems) {
    if (schedule.size() != current.size()) {
      problems.add("新的付款计划须与原合同一样分" + current.size() + "期，提出的是" + schedule.size() + "期");
      return;
    }
    Set<Integer> locked = lockedInstalments(current);
    BigDecimal sum = BigDecimal.ZERO;
    LocalDate previous = null;
    for (int n = 0; n < schedule.size(); n++) {
      Instalment proposed = schedule.get(n);
      ContractInstalment stored = current.get(n);
      String which = "第" + stored.getSeq() + "期";
      if (proposed == null || proposed.amount() == null || proposed.dueDate() == null) {
        problems.add(which + "须有金额和支付日期");
        continue;
      }
      if (locked.contains(stored.getSeq()) && (proposed.amount().compareTo(stored.getAmount()) != 0
          || !proposed.dueDate().equals(stored.getDueDate()))) {
        problems.add(which + "已申请或已支付，金额（" + stored.getAmount().toPlainString() + "元）和支付日期（"
            + stored.getDueDate() + "）不能变更");
      }
      if (proposed.amount().signum() <= 0) {
        problems.add(which + "金额须大于0");
      } else if (Math.max(0, proposed.amount().stripTrailingZeros().scale()) > 2) {
        problems.add(which + "金额最多两位小数");
      }
      sum = sum.add(proposed.amount());
      dateWithinTerm(problems, which, proposed.dueDate(), contract.getTermStart(), termEnd);
      if (previous != null && !proposed.dueDate().isAfter(previous)) {
        problems.add(which + "支付日期须晚于上一期（" + previous + "）");
      }
      previous = proposed.dueDate();
    }
    if (sum.compareTo(amount) != 0) {
      problems.add("各期金额合计" + sum.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元，须等于合同金额"
          + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元");
    }
  }

  private static void dateWithinTerm(List<String> problems, String which, LocalDate due, LocalDate start,
      LocalDate end) {
    if (due.isBefore(start) || due.isAfter(end)) {
      problems.add(which + "支付日期" + due + "须在服务期限" + start + "至" + end + "之内");
    }
  }

  /**
   * The seqs of the instalments the payment side has touched: paid, or requested and not returned.
   * Asked through {@link InstalmentProgress}, which contract declares and payment implements.
   */
  private Set<Integer> lockedInstalments(List<ContractInstalment> current) {
    return current.stream().filter(i -> progress.requestedOrPaid(i.getId())).map(ContractInstalment::getSeq)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private BigDecimal originalAmount(Contract contract) {
    return awards.find(contract.getAwardId()).map(a -> a.price().setScale(2)).orElse(contract.getAmount());
  }

  // ---- answering -----------------------------------------------------------------------------

  /**
   * The other side answers: accepted, the amendment is AGREED; refused (with a reason), REFUSED.
   * The same answer again changes nothing.
   *
   * @throws ContractAccessDeniedException the proposing side answering, or a supplier user of another organization
   * @throws ContractConflictException     already answered otherwise, or no longer open
   * @throws InvalidRequestException       a refusal without a reason, or a reason too long
   */
  @Transactional
  public AmendmentView answer(long amendmentId, ContractSide side, String user, boolean accepted, String reason,
      Instant now) {
    Objects.requireNonNull(now, "now");
    ContractAmendment amendment = lockedAmendment(amendmentId);
    Contract contract = contracts.findById(amendment.getContractId()).orElseThrow();
    if (side == ContractSide.SUPPLIER) {
      checkSupplier(contract, user);
    } else {
      checkAgency(contract, user);
    }
    if (side != amendment.getProposedBySide().other()) {
      throw new ContractAccessDeniedException("第" + amendment.getSeq() + "次变更由" + side.label()
          + "提出，须由" + side.other().label() + "答复");
    }
    String why = StringUtils.stripToNull(reason);
    if (!accepted && why == null) {
      throw new InvalidRequestException("不同意变更时须说明理由 / a refusal needs its reason");
    }
    if (why != null && why.length() > MAX_ANSWER_REASON) {
      throw new InvalidRequestException("答复理由不能超过" + MAX_ANSWER_REASON + "个字符");
    }
    if (amendment.getStatus() != AmendmentStatus.PROPOSED) {
      boolean wasAccepted = amendment.getStatus() != AmendmentStatus.REFUSED;
      if (amendment.getAnsweredAt() != null && wasAccepted == accepted) {
        return amendment.view(contract.getProcurementNo());
      }
      throw new ContractConflictException("第" + amendment.getSeq() + "次变更" + amendment.getStatus().label()
          + "，不能再答复");
    }
    amendment.answer(accepted, user(user), accepted ? null : why, seconds(now));
    return amendments.saveAndFlush(amendment).view(contract.getProcurementNo());
  }

  /** Nobody answered in time: LAPSED. Again: unchanged; an amendment answered meanwhile is returned as it stands. */
  @Transactional
  public AmendmentView lapse(long amendmentId, String reason) {
    ContractAmendment amendment = lockedAmendment(amendmentId);
    if (amendment.getStatus() == AmendmentStatus.PROPOSED) {
      amendment.lapse(StringUtils.defaultIfBlank(StringUtils.truncate(reason, MAX_ANSWER_REASON), "逾期未答复"));
      amendments.saveAndFlush(amendment);
    }
    return view(amendment);
  }

  /**
   * The finance bureau on a shortened term: approved, the amendment may take effect; refused,
   * TERM_REFUSED. The same decision again changes nothing.
   *
   * @throws ContractConflictException the amendment does not shorten the term, is not agreed, or was decided otherwise
   */
  @Transactional
  public AmendmentView decideTerm(long amendmentId, boolean approved, String user, String reason, Instant now) {
    Objects.requireNonNull(now, "now");
    ContractAmendment amendment = lockedAmendment(amendmentId);
    String why = StringUtils.stripToNull(reason);
    if (!approved && why == null) {
      throw new InvalidRequestException("不同意缩短服务期限时须说明理由");
    }
    if (amendment.getTermDecidedAt() != null) {
      boolean wasApproved = amendment.getStatus() != AmendmentStatus.TERM_REFUSED;
      if (wasApproved == approved) {
        return view(amendment);
      }
      throw new ContractConflictException("第" + amendment.getSeq() + "次变更的缩短期限申请已处理");
    }
    if (!amendment.shortensTerm() || amendment.getStatus() != AmendmentStatus.AGREED) {
      throw new ContractConflictException("第" + amendment.getSeq() + "次变更" + amendment.getStatus().label()
          + (amendment.shortensTerm() ? "" : "，且不缩短服务期限") + "，无须财政部门审批");
    }
    amendment.decideTerm(approved, user(user), StringUtils.truncate(why, MAX_ANSWER_REASON), seconds(now));
    return view(amendments.saveAndFlush(amendment));
  }

  // ---- taking effect -------------------------------------------------------------------------

  /**
   * The agreed (and, for a shortened term, approved) amendment takes effect: the contract's amount,
   * term and unpaid instalments change and the contract is re-published now. The rules are checked
   * again first: if the change breaks one now (an instalment was requested meanwhile, say), the
   * amendment is VOID with the reason, and nothing else changes. Again: as it stands.
   *
   * @return the amendment: IN_FORCE, or VOID
   * @throws ContractConflictException not agreed by both sides, or the shortened term not approved
   */
  @Transactional
  public AmendmentView takeEffect(long amendmentId, Instant now) {
    Objects.requireNonNull(now, "now");
    ContractAmendment amendment = lockedAmendment(amendmentId);
    Contract contract = locked(amendment.getContractId());
    AmendmentStatus status = amendment.getStatus();
    if (status == AmendmentStatus.IN_FORCE || status == AmendmentStatus.FILED || status == AmendmentStatus.VOID) {
      return amendment.view(contract.getProcurementNo());
    }
    if (status != AmendmentStatus.AGREED || amendment.shortensTerm() && amendment.getTermDecidedAt() == null) {
      throw new ContractConflictException("第" + amendment.getSeq() + "次变更" + status.label()
          + (status == AmendmentStatus.AGREED ? "，缩短服务期限尚待财政部门同意" : "") + "，不能生效");
    }
    List<String> problems = changeProblems(contract, amendment.proposal());
    if (!problems.isEmpty()) {
      amendment.voidFor(StringUtils.truncate(String.join("；", problems), MAX_ANSWER_REASON));
      return amendments.saveAndFlush(amendment).view(contract.getProcurementNo());
    }
    Instant at = seconds(now);
    List<ContractInstalment> current = instalments.findByContractIdOrderBySeq(contract.getId());
    for (var proposed : amendment.getSchedule()) {
      current.get(proposed.seq() - 1).reschedule(proposed.amount(), proposed.dueDate());
    }
    instalments.saveAllAndFlush(current);
    contract.amend(amendment.getNewAmount(), amendment.getNewTermEnd(), at);
    contracts.saveAndFlush(contract);
    amendment.takeEffect(at);
    return amendments.saveAndFlush(amendment).view(contract.getProcurementNo());
  }

  // ---- reading -------------------------------------------------------------------------------

  /** @throws NoSuchElementException no such amendment */
  public AmendmentView amendment(long amendmentId) {
    return view(amendments.findById(amendmentId).orElseThrow(() -> noAmendment(amendmentId)));
  }

  /** the contract's amendments, oldest first */
  public List<AmendmentView> amendments(long contractId) {
    Contract contract = contracts.findById(contractId).orElseThrow(() -> noContract(contractId));
    return amendments.findByContractIdOrderBySeq(contractId).stream().map(a -> a.view(contract.getProcurementNo()))
        .toList();
  }

  /**
   * The supplier's view of its contract's amendments.
   *
   * @throws ContractAccessDeniedException the user does not act for the contract's supplier
   */
  public List<AmendmentView> amendmentsFor(long contractId, String user) {
    checkSupplier(contracts.findById(contractId).orElseThrow(() -> noContract(contractId)), user);
    return amendments(contractId);
  }

  /** The proposal as the other side and the finance bureau read it in Tasklist: before and after. */
  public String summary(long amendmentId) {
    AmendmentView a = amendment(amendmentId);
    StringBuilder text = new StringBuilder("合同变更：采购编号" + a.procurementNo() + "第" + a.seq() + "次变更，由"
        + a.proposedBySide().label() + "提出\n");
    if (a.newAmount() != null) {
      text.append("合同金额：").append(a.oldAmount().toPlainString()).append("元 → ")
          .append(a.newAmount().toPlainString()).append("元\n");
    }
    if (a.newTermEnd() != null) {
      text.append("服务期限截止：").append(a.oldTermEnd()).append(" → ").append(a.newTermEnd())
          .append(a.shortensTerm() ? "（缩短期限，须经财政部门同意）" : "").append('\n');
    }
    for (int n = 0; n < a.schedule().size(); n++) {
      Instalment i = a.schedule().get(n);
      text.append("第").append(n + 1).append("期：").append(i.amount().toPlainString()).append("元，")
          .append(i.dueDate()).append('\n');
    }
    if (a.fundsUse() != null) {
      text.append("资金用途：").append(a.fundsUse()).append('\n');
    }
    return text.append("变更理由：").append(a.reason()).toString();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void checkSupplier(Contract contract, String user) {
    long supplierId = suppliers.organizationOf(user).orElseThrow(() ->
        new ContractAccessDeniedException("用户「" + user + "」不属于任何承接主体"));
    if (supplierId != contract.getSupplierId()) {
      throw new ContractAccessDeniedException("合同" + contract.getId() + "的乙方不是本承接主体");
    }
  }

  /**
   * Only an officer of the contract's purchasing agency proposes or answers for 甲方. The membership is the plan
   * feature's (the finance bureau keeps it), read through its public {@link AgencyMembers}.
   */
  private void checkAgency(Contract contract, String user) {
    if (!agencyMembers.agencyOf(user).filter(contract.getAgencyCode()::equals).isPresent()) {
      throw new ContractAccessDeniedException("用户「" + user + "」不是合同甲方（" + contract.getAgencyCode()
          + "）的工作人员，不能代表甲方提出或答复合同变更");
    }
  }

  private AmendmentView view(ContractAmendment a) {
    return a.view(contracts.findById(a.getContractId()).map(Contract::getProcurementNo).orElse(null));
  }

  private Contract locked(long contractId) {
    return contracts.findLocked(contractId).orElseThrow(() -> noContract(contractId));
  }

  /** the amendment, its contract's row locked first: every write to a contract's amendments queues there */
  private ContractAmendment lockedAmendment(long amendmentId) {
    locked(amendments.contractIdOf(amendmentId).orElseThrow(() -> noAmendment(amendmentId)));
    return amendments.findById(amendmentId).orElseThrow();
  }

  private static NoSuchElementException noContract(long contractId) {
    return new NoSuchElementException("合同" + contractId + "不存在");
  }

  private static NoSuchElementException noAmendment(long amendmentId) {
    return new NoSuchElementException("合同变更" + amendmentId + "不存在");
  }

  private static String user(String userId) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(StringUtils.strip(userId), ContractService.MAX_USER),
        "system");
  }

  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
