package org.govpurchase.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.plan.ApprovedPlan;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.tender.TenderService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.govpurchase.calendar.BeijingTime;

/**
 * The committee steps of the Tendering process: draw the committee for the qualified bidders,
 * replace a member who declines, and seat the committee that scores. Every member must have a
 * platform login (engine user), since scoring is a Tasklist task assigned to them.
 */
@Service
class TenderCommittee {


  /**
   * The outcome of the draw for the process.
   *
   * @param committeeUserIds the serving members' user ids, in seat order
   * @param bidderNames the qualified bidders, one per line (for the experts' declaration of no conflict)
   */
  record Drawn(long committeeDrawId, List<String> committeeUserIds, String bidderNames) {
  }

  /** a member without a login cannot get the scoring task: a fault to fix in the expert pool, not a business outcome */
  static class NoLoginException extends IllegalStateException {
    NoLoginException(String message) {
      super(message);
    }
  }

  private final CommitteeDraw draws;
  private final ExpertRepository experts;
  private final ApprovedPlans plans;
  private final TenderService tenders;
  private final Bidders bidders;

  TenderCommittee(CommitteeDraw draws, ExpertRepository experts, ApprovedPlans plans, TenderService tenders,
      Bidders bidders) {
    this.draws = draws;
    this.experts = experts;
    this.plans = plans;
    this.tenders = tenders;
    this.bidders = bidders;
  }

  /**
   * Draws the procurement's committee (draw key: the procurement number, so a second run returns
   * the first draw) with the plan's budget and the qualified bids' organizations as bidders.
   *
   * @param bidDeadline the bid deadline: ties that ended long enough before it do not recuse
   * @throws NoSuchElementException when the plan is not approved or a bid does not exist
   * @throws CommitteeDrawException when the pool cannot make the committee (nothing written)
   * @throws NoLoginException when a drawn member has no login (the draw stays stored)
   * @throws InvalidRequestException on bad input (a bid of another tender...)
   */
  Drawn draw(String procurementNo, long planId, long tenderId, Set<Specialty> specialties,
      List<Long> qualifiedBidIds, Instant bidDeadline) {
    check(bidDeadline != null, "投标截止时间缺失 / bidDeadline is missing");
    check(qualifiedBidIds != null && !qualifiedBidIds.isEmpty(), "没有合格投标 / no qualified bids");
    LocalDate deadline = bidDeadline.atZone(BeijingTime.ZONE).toLocalDate();
    List<DrawRequest.Bidder> drawBidders = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Long bidId : new LinkedHashSet<>(qualifiedBidIds)) {
      BidView bid = bid(bidId);
      check(bid.tenderId() == tenderId, "投标" + bidId + "不是招标项目" + tenderId + "的投标 / bid " + bidId
          + " is no bid of tender " + tenderId);
      Bidders.Bidder bidder = bidders.of(bid.supplierId(), deadline);
      drawBidders.add(new DrawRequest.Bidder(bidder.supplierId(), bidder.creditCode()));
      names.add(bidder.name() + "（统一社会信用代码 " + bidder.creditCode() + "）");
    }
    ApprovedPlan plan = plans.find(planId);
    CommitteeView committee = draws.draw(new DrawRequest(procurementNo, procurementNo, plan.agencyCode(),
        plan.budget(), deadline, null, null, null, specialties, drawBidders, null));
    requireLogins(committee, committee.members());
    return new Drawn(committee.drawId(), committee.memberUserIds(), String.join("\n", names));
  }

  /**
   * The member with this user declines: the first suitable standby takes the seat. Declining again
   * returns the same standby.
   *
   * @return the standby's user id
   * @throws CommitteeDrawException when no suitable standby is left (nothing changes)
   * @throws NoSuchElementException when the user is no expert of the draw
   * @throws NoLoginException when the standby has no login
   */
  String replaceDeclined(long drawId, String expertUserId) {
    long expertId = expertId(expertUserId);
    Replacement replacement = draws.replaceDeclined(drawId, expertId);
    if (replacement.standbyExpertId() == null) {
      throw new IllegalStateException("专家「" + expertUserId + "」是候补专家，没有可替补的席位 / expert " + expertUserId
          + " is a standby in draw " + drawId + ": no seat to fill");
    }
    CommitteeView.Seat standby = replacement.committee().members().stream()
        .filter(s -> s.expertId() == replacement.standbyExpertId())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("替补专家" + replacement.standbyExpertId() + "不在评标委员会中"
            + " / standby " + replacement.standbyExpertId() + " is not serving in draw " + drawId));
    requireLogins(replacement.committee(), List.of(standby));
    return standby.userId();
  }

  /**
   * The serving members' user ids after replacements, in seat order.
   *
   * @throws NoSuchElementException when there is no such draw
   * @throws NoLoginException when a serving member has no login
   */
  List<String> seat(long drawId) {
    CommitteeView committee = draws.committee(drawId);
    requireLogins(committee, committee.members());
    return committee.memberUserIds();
  }

  private BidView bid(Long bidId) {
    check(bidId != null, "投标ID为空 / a bid id is missing");
    return tenders.bid(bidId).orElseThrow(() -> new NoSuchElementException("投标" + bidId + "不存在 / no bid " + bidId));
  }

  private long expertId(String userId) {
    check(StringUtils.isNotBlank(userId), "专家用户ID缺失 / expertUserId is missing");
    return experts.findByUserId(userId).map(Expert::getId).orElseThrow(() -> new NoSuchElementException(
        "用户「" + userId + "」不是专家库中的专家 / user " + userId + " is no expert of the pool"));
  }

  private static void requireLogins(CommitteeView committee, List<CommitteeView.Seat> seats) {
    List<CommitteeView.Seat> without = seats.stream().filter(s -> StringUtils.isBlank(s.userId())).toList();
    if (!without.isEmpty()) {
      String who = without.stream().map(s -> s.name() + "（专家ID " + s.expertId() + "）").collect(Collectors.joining("、"));
      throw new NoLoginException("采购项目" + committee.procurementNo() + "的评标委员会（抽取记录" + committee.drawId()
          + "）中，专家" + who + "没有平台账号，无法在任务列表中确认出席和评分：请在专家库中为其设置用户后重试 / expert(s) "
          + without.stream().map(s -> s.name() + " (id " + s.expertId() + ")").collect(Collectors.joining(", "))
          + " of committee draw " + committee.drawId() + " have no platform login and cannot serve in Tasklist");
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
