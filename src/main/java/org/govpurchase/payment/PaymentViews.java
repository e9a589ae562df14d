package org.govpurchase.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the payment service returns. Routes are AGENCY_BUDGET or FINANCE_DIRECT. */
public final class PaymentViews {

  private PaymentViews() {
  }

  /** the instalments in seq order and the route (null for a major project until the funds are confirmed) */
  public record PaymentPlan(long contractId, List<Long> instalmentIds, String paymentRoute) {
  }

  public record FundsConfirmation(long contractId, String route, String note, String confirmedBy,
      Instant confirmedAt) {
  }

  /** decision null while pending, else APPROVED or RETURNED */
  public record InstalmentRequest(long id, long instalmentId, long contractId, int seq, int attempt,
      String requestedBy, Instant requestedAt, String note, String decision, String returnReason, String decidedBy,
      Instant decidedAt) {
  }

  public record Payment(long id, long instalmentId, long contractId, String idempotencyKey, BigDecimal amount,
      String route, LocalDate dueDate, Instant paidAt, int daysLate, String approvedBy) {
  }

  /**
   * One instalment as it stands: requestState NONE, PENDING, APPROVED, RETURNED (the last request's
   * state) or PAID; daysLate for paid ones, daysOverdue (as of today, Beijing) for unpaid ones.
   */
  public record InstalmentPayment(long instalmentId, int seq, BigDecimal amount, LocalDate dueDate,
      String requestState, Instant requestedAt, Instant paidAt, Integer daysLate, Integer daysOverdue) {
  }

  public record ContractPayments(long contractId, String paymentRoute, List<InstalmentPayment> instalments) {
  }

  /** lateness of one purchasing agency's payments */
  public record AgencyLateness(String agencyCode, int paid, int paidLate, long totalDaysLate,
      BigDecimal averageDaysLate, int unpaidOverdue) {
  }
}
