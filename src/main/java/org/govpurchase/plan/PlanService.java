package org.govpurchase.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase plans: the officer's agency, the draft form's catalog items, registration against the
 * year's active catalog, the finance bureau's decision and the public reads. Every write is keyed
 * on the PurchasePlan instance, so a worker may run twice.
 */
@Service
@Transactional(readOnly = true)
class PlanService {

  static final int MAX_REASON = 500;
  static final int MAX_SEQ = 9999;

  private final PurchasePlanRepository plans;
  private final AgencyMemberRepository members;
  private final CatalogLookup catalog;
  private final String numberPrefix;
  private final Clock clock;

  PlanService(PurchasePlanRepository plans, AgencyMemberRepository members, CatalogLookup catalog,
      @Value("${platform.plan.number-prefix:SZ}") String numberPrefix, Clock clock) {
    this.plans = plans;
    this.members = members;
    this.catalog = catalog;
    this.numberPrefix = numberPrefix;
    this.clock = clock;
  }

  /** the purchasing agency the user works for, if any */
  Optional<String> agencyOf(String userId) {
    return userId == null ? Optional.empty() : members.findById(userId).map(AgencyMember::getAgencyCode);
  }

  /**
   * Why this user may not start a plan for this year, empty when they may: they must work for an
   * active purchasing agency that the year's active catalog covers with at least one item.
   */
  List<String> startProblems(int year, String userId) {
    Optional<String> code = agencyOf(userId);
    if (code.isEmpty()) {
      return List.of("您的账号（" + userId + "）未关联购买主体，不能编制购买服务计划；请联系财政部门登记");
    }
    Optional<CatalogLookup.Agency> agency = catalog.agency(code.get());
    if (agency.isEmpty() || !agency.get().active()) {
      return List.of("购买主体「" + code.get() + "」不存在或已停用");
    }
    if (catalog.activeItemsFor(year, code.get()).isEmpty()) {
      return List.of(year + "年度现行政府购买服务目录中没有适用于「" + agency.get().name() + "」的目录事项");
    }
    return List.of();
  }

  /**
   * The draft form's start for the user: their agency and the items of the year's active catalog
   * that cover it.
   *
   * @throws PlanRefusedException when the user works for no agency
   */
  DraftStart prepareDraft(int year, String userId) {
    String code = agencyOf(userId).orElseThrow(() -> new PlanRefusedException(
        "账号「" + userId + "」未关联购买主体"));
    String name = catalog.agency(code).map(CatalogLookup.Agency::name).orElse(code);
    return new DraftStart(code, name, catalog.activeItemsFor(year, code).stream()
        .map(item -> new DraftStart.Option(item.name(), Long.toString(item.id())))
        .toList());
  }

  /**
   * Creates, or replaces, the plan of this PurchasePlan instance: running it again leaves one plan
   * with the latest content and the number it got the first time. The plan is the drafter's
   * agency's; its item must be in the year's active catalog and cover that agency.
   *
   * @throws PlanRefusedException with the reason; nothing is written
   * @throws IllegalStateException when the instance's plan is already decided
   */
  @Transactional
  RegisteredPlan register(String processInstanceId, PlanDraft.Reading reading, String drafter) {
    if (!reading.ok()) {
      throw new PlanRefusedException("计划草案有" + reading.problems().size() + "处问题："
          + String.join("；", reading.problems()));
    }
    PlanDraft draft = reading.draft();
    String agencyCode = agencyOf(drafter).orElseThrow(() -> new PlanRefusedException(
        "编制人「" + drafter + "」未关联购买主体，计划不予登记"));
    List<String> refusals = catalogRefusals(draft, agencyCode);
    if (!refusals.isEmpty()) {
      throw new PlanRefusedException(String.join("；", refusals));
    }
    PurchasePlan plan = plans.findByProcessInstanceId(processInstanceId).orElse(null);
    if (plan == null) {
      int seq = plans.lastSeq(draft.year()).orElse(0) + 1;
      if (seq > MAX_SEQ) {
        throw new IllegalStateException(draft.year() + "年度计划编号已用完（" + MAX_SEQ + "）");
      }
      plan = new PurchasePlan(processInstanceId, draft.year(), seq, planNo(draft.year(), seq), now());
    } else if (plan.getPlanYear() != draft.year()) {
      throw new PlanRefusedException("计划" + plan.getPlanNo() + "的年度为" + plan.getPlanYear() + "，不能改为" + draft.year());
    }
    plan.redraft(draft, agencyCode, drafter);
    plan = plans.saveAndFlush(plan);
    return new RegisteredPlan(plan.getId(), plan.getPlanNo());
  }

  /** e.g. SZ-2026-0042 */
  String planNo(int year, int seq) {
    return numberPrefix + "-" + year + "-" + StringUtils.leftPad(Integer.toString(seq), 4, '0');
  }

  private List<String> catalogRefusals(PlanDraft draft, String agencyCode) {
    List<String> refusals = new ArrayList<>();
    Optional<CatalogLookup.Agency> agency = catalog.agency(agencyCode);
    String agencyName = agency.map(CatalogLookup.Agency::name).orElse(agencyCode);
    if (agency.isEmpty() || !agency.get().active()) {
      refusals.add("购买主体「" + agencyName + "」不存在或已停用");
    }
    Optional<CatalogLookup.Item> item = catalog.item(draft.catalogItemId());
    if (item.isEmpty()) {
      refusals.add("所选目录事项（" + draft.catalogItemId() + "）不存在");
    } else if (!item.get().inActiveCatalogOf(draft.year())) {
      refusals.add("目录事项「" + item.get().name() + "」不在" + draft.year() + "年度现行政府购买服务目录中");
    } else if (!catalog.covers(draft.catalogItemId(), agencyCode)) {
      refusals.add("目录事项「" + item.get().name() + "」不适用于购买主体「" + agencyName + "」");
    }
    return refusals;
  }

  /**
   * Approves the plan with the procurement method the decision table chose and makes it public;
   * approving an approved plan changes nothing.
   */
  @Transactional
  String publish(long planId, String reviewer, String comment, ProcurementMethod method,
      boolean byProcurementAgency) {
    PurchasePlan plan = plan(planId);
    if (plan.getStatus() == PurchasePlan.Status.APPROVED) {
      return plan.getPlanNo();
    }
    if (plan.getStatus() != PurchasePlan.Status.DRAFT) {
      throw new IllegalStateException("计划" + plan.getPlanNo() + "已" + plan.getStatus() + "，不能批准");
    }
    plan.approve(reviewer, limit(comment), now(), method, byProcurementAgency);
    plans.flush();
    return plan.getPlanNo();
  }

  /** Rejects the plan with the reason; rejecting a rejected plan changes nothing. */
  @Transactional
  void reject(long planId, String reviewer, String reason) {
    PurchasePlan plan = plan(planId);
    if (plan.getStatus() == PurchasePlan.Status.REJECTED) {
      return;
    }
    if (plan.getStatus() != PurchasePlan.Status.DRAFT) {
      throw new IllegalStateException("计划" + plan.getPlanNo() + "已" + plan.getStatus() + "，不能退回");
    }
    plan.reject(reviewer, StringUtils.defaultIfBlank(limit(reason), "未说明理由"), now());
    plans.flush();
  }

  /** an approved plan, 404 otherwise (drafts and rejected plans are not public) */
  PublicPlan publicPlan(String planNo) {
    return plans.findByPlanNoAndStatus(planNo, PurchasePlan.Status.APPROVED)
        .map(this::toPublic)
        .orElseThrow(() -> new NoSuchElementException("没有已批准公开的购买服务计划「" + planNo + "」"));
  }

  /** the year's approved plans by number */
  List<PublicPlan> publicPlans(int year) {
    return plans.findByPlanYearAndStatusOrderByPlanNo(year, PurchasePlan.Status.APPROVED).stream()
        .map(this::toPublic)
        .toList();
  }


  private PublicPlan toPublic(PurchasePlan plan) {
    String agencyName = catalog.agency(plan.getAgencyCode()).map(CatalogLookup.Agency::name).orElse(null);
    String itemName = catalog.item(plan.getCatalogItemId()).map(CatalogLookup.Item::name).orElse(null);
    return new PublicPlan(plan.getPlanNo(), plan.getPlanYear(), plan.getAgencyCode(), agencyName,
        plan.getCatalogItemId(), itemName, plan.getServiceName(), plan.getServiceStandard(), plan.getBudget(),
        plan.getTermStart(), plan.getTermEnd(), plan.getEvaluationMethod().name(),
        plan.getEvaluationMethod().label(), plan.getRequirements(), plan.getFundingSource().name(),
        plan.getFundingSource().label(), plan.isMajorProject(), plan.isWithinGovernmentProcurement(),
        plan.getProcurementMethod().name(), plan.getProcurementMethod().label(),
        plan.getRunByProcurementAgency(), plan.getDecidedAt());
  }

  private PurchasePlan plan(long planId) {
    return plans.findById(planId).orElseThrow(() -> new NoSuchElementException("购买服务计划" + planId + "不存在"));
  }

  /** at most MAX_REASON UTF-16 units, never cutting a surrogate pair */
  private static String limit(String raw) {
    String text = StringUtils.strip(raw);
    if (text == null || text.length() <= MAX_REASON) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON;
    return text.substring(0, end);
  }

  private Instant now() {
    // whole seconds: what MySQL keeps with sendFractionalSeconds=false
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
