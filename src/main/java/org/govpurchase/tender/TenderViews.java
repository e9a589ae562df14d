package org.govpurchase.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govpurchase.plan.ProcurementMethod;

/** What the tender service answers: ids, enums, amounts and times (UTC), never entities. */
public final class TenderViews {

  private TenderViews() {
  }

  /** an open tender in the list */
  public record TenderSummary(long id, String procurementNo, String title, ProcurementMethod procurementMethod,
      TenderStatus status, Instant bidDeadline) {

    static TenderSummary of(Tender t) {
      return new TenderSummary(t.getId(), t.getProcurementNo(), t.getTitle(), t.getProcurementMethod(),
          t.getStatus(), t.getBidDeadline());
    }
  }

  /** a tender with its clarifications; who asked a question is not shown */
  public record TenderView(long id, String procurementNo, long planId, ProcurementMethod procurementMethod,
      TenderStatus status, String title, String requirements, LocalDate documentsIssuedOn,
      Instant originalBidDeadline, Instant bidDeadline, Instant announcedAt, Instant closedAt,
      List<ClarificationView> clarifications) {

    static TenderView of(Tender t, List<ClarificationView> clarifications) {
      return new TenderView(t.getId(), t.getProcurementNo(), t.getPlanId(), t.getProcurementMethod(),
          t.getStatus(), t.getTitle(), t.getRequirements(), t.getDocumentsIssuedOn(), t.getOriginalBidDeadline(),
          t.getBidDeadline(), t.getAnnouncedAt(), t.getClosedAt(), List.copyOf(clarifications));
    }
  }

  /**
   * A question and its answer (null until answered).
   *
   * @param deadlineMovedTo where the answer moved the bid deadline; null when it did not
   */
  public record ClarificationView(long id, long tenderId, String question, Instant askedAt, String answer,
      Instant answeredAt, Instant deadlineMovedTo) {

    static ClarificationView of(Clarification c) {
      return new ClarificationView(c.getId(), c.getTenderId(), c.getQuestion(), c.getAskedAt(), c.getAnswer(),
          c.getAnsweredAt(), c.getDeadlineMovedTo());
    }
  }

  /** one version of a supplier's bid */
  public record BidView(long id, long tenderId, long supplierId, int version, BigDecimal price,
      String proposalSummary, BidStatus status, String submittedBy, Instant submittedAt, Instant endedAt) {

    static BidView of(Bid b) {
      return new BidView(b.getId(), b.getTenderId(), b.getSupplierId(), b.getVersion(), b.getPrice(),
          b.getProposalSummary(), b.getStatus(), b.getSubmittedBy(), b.getSubmittedAt(), b.getEndedAt());
    }
  }

  /** 招标公告 (信息公开): the announcement with its answered clarifications; never bidders */
  public record PublicTender(String procurementNo, String title, ProcurementMethod procurementMethod,
      String procurementMethodLabel, TenderStatus status, String requirements, LocalDate documentsIssuedOn,
      Instant originalBidDeadline, Instant bidDeadline, Instant announcedAt,
      List<PublicClarification> clarifications) {

    static PublicTender of(Tender t, List<PublicClarification> clarifications) {
      return new PublicTender(t.getProcurementNo(), t.getTitle(), t.getProcurementMethod(),
          t.getProcurementMethod().label(), t.getStatus(), t.getRequirements(), t.getDocumentsIssuedOn(),
          t.getOriginalBidDeadline(), t.getBidDeadline(), t.getAnnouncedAt(), List.copyOf(clarifications));
    }
  }

  /** an answered clarification as published */
  public record PublicClarification(String question, String answer, Instant answeredAt, Instant deadlineMovedTo) {

    static PublicClarification of(Clarification c) {
      return new PublicClarification(c.getQuestion(), c.getAnswer(), c.getAnsweredAt(), c.getDeadlineMovedTo());
    }
  }

  /**
   * What tender.close found.
   *
   * @param closed      false: the deadline has not come (a clarification moved it), wait again
   * @param bidDeadline the deadline as it stands
   * @param bidIds      the submitted bids, by id, when closed; empty otherwise
   */
  public record Closing(boolean closed, Instant bidDeadline, List<Long> bidIds) {

    public Closing {
      bidIds = List.copyOf(bidIds);
    }
  }
}
