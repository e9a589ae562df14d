package org.govpurchase.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 变更采购方式: after a failed tender (废标) the buyer may ask to buy the service another way; with
 * the finance bureau's approval the approved plan's procurement method changes, and who approved,
 * why and when is recorded [law: 政府采购法第三十七条, approval before the purchase starts].
 *
 * <p>Keyed on (plan, tender round): the Tendering process changes the method at most once per
 * round, and a worker that runs twice gets the first change back.
 */
@Service
@Transactional(readOnly = true)
public class MethodChanges {

  public static final int MAX_REASON = 500;
  static final int MAX_USER = 64;

  /**
   * A change as recorded.
   *
   * @param tenderRound the round of the Tendering process that failed
   */
  public record Change(long id, long planId, int tenderRound, ProcurementMethod fromMethod,
      ProcurementMethod toMethod, String reason, String approvedBy, String approvalComment, Instant changedAt) {
  }

  private final PurchasePlanRepository plans;
  private final PlanMethodChangeRepository changes;

  MethodChanges(PurchasePlanRepository plans, PlanMethodChangeRepository changes) {
    this.plans = plans;
    this.changes = changes;
  }

  /**
   * Changes the approved plan's procurement method. The same change again (same round and method)
   * returns the first one.
   *
   * @param approvalComment the finance bureau's comment, optional (at most {@value #MAX_REASON} characters)
   * @throws NoSuchElementException  when there is no approved plan with this id
   * @throws InvalidRequestException a missing method, the method the plan already has, no reason
   *     or approver, a reason over {@value #MAX_REASON} characters, a round below 1, or this
   *     round's method already changed to another one; nothing is written
   */
  @Transactional
  public Change change(long planId, int tenderRound, ProcurementMethod newMethod, String reason,
      String approvedBy, String approvalComment, Instant now) {
    Objects.requireNonNull(now, "now");
    PurchasePlan plan = plans.findById(planId)
        .filter(p -> p.getStatus() == PurchasePlan.Status.APPROVED)
        .orElseThrow(() -> new NoSuchElementException("没有已批准的购买服务计划" + planId));
    Optional<PlanMethodChange> existing = changes.findByPlanIdAndTenderRound(planId, tenderRound);
    if (existing.isPresent()) {
      if (existing.get().getToMethod() == newMethod) {
        return existing.get().view();
      }
      throw new InvalidRequestException("购买服务计划" + plan.getPlanNo() + "第" + tenderRound + "轮已变更采购方式为"
          + existing.get().getToMethod().label() + "，不能再变更为" + (newMethod == null ? "空" : newMethod.label()));
    }
    String why = StringUtils.strip(reason);
    String who = StringUtils.strip(approvedBy);
    String comment = StringUtils.stripToNull(approvalComment);
    List<String> problems = new ArrayList<>();
    if (tenderRound < 1) {
      problems.add("招标轮次须不小于1：" + tenderRound);
    }
    if (newMethod == null) {
      problems.add("请指明变更后的采购方式（newProcurementMethod）");
    } else if (newMethod == plan.getProcurementMethod()) {
      problems.add("购买服务计划" + plan.getPlanNo() + "的采购方式已是" + newMethod.label());
    }
    if (StringUtils.isEmpty(why)) {
      problems.add("请填写变更采购方式的理由（methodChangeReason）");
    } else if (why.length() > MAX_REASON) {
      problems.add("变更采购方式的理由不能超过" + MAX_REASON + "个字符");
    }
    if (StringUtils.isEmpty(who)) {
      problems.add("缺少批准人（methodChangeApprover）");
    } else if (who.length() > MAX_USER) {
      problems.add("批准人不能超过" + MAX_USER + "个字符");
    }
    if (comment != null && comment.length() > MAX_REASON) {
      problems.add("审批意见不能超过" + MAX_REASON + "个字符");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    PlanMethodChange change = changes.saveAndFlush(new PlanMethodChange(planId, tenderRound,
        plan.getProcurementMethod(), newMethod, why, who, comment, now.truncatedTo(ChronoUnit.SECONDS)));
    plan.changeProcurementMethod(newMethod);
    plans.saveAndFlush(plan);
    return change.view();
  }

  /** the plan's changes of method, first round first */
  public List<Change> changesOf(long planId) {
    return changes.findByPlanIdOrderByTenderRound(planId).stream().map(PlanMethodChange::view).toList();
  }
}
