package org.govpurchase.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.contract.Contracts;
import org.govpurchase.contract.Contracts.ContractTerms;
import org.govpurchase.contract.Contracts.InstalmentTerms;
import org.govpurchase.contract.InstalmentProgress;
import org.govpurchase.payment.PaymentViews.AgencyLateness;
import org.govpurchase.payment.PaymentViews.ContractPayments;
import org.govpurchase.payment.PaymentViews.FundsConfirmation;
import org.govpurchase.payment.PaymentViews.InstalmentPayment;
import org.govpurchase.payment.PaymentViews.InstalmentRequest;
import org.govpurchase.payment.PaymentViews.Payment;
import org.govpurchase.payment.PaymentViews.PaymentPlan;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Payment of a filed contract's instalments (DOMAIN.md §8). The contract and its instalments are
 * read through {@link Contracts}, the contract feature's public reads; this class writes and reads
 * only payment's own tables (funds_confirmation, instalment_request, payment). Every write locks the
 * contract first ({@link Contracts#lockTerms}), so runs of a worker and the supplier API are
 * serialized per contract, and is keyed so that running it again changes nothing. It also answers
 * the contract's {@link InstalmentProgress}. Times are stored as UTC DATETIME in whole seconds;
 * dates of lateness are Beijing dates.
 */
@Service
@Transactional(readOnly = true)
public class PaymentService implements InstalmentProgress {

  public static final String AGENCY_BUDGET = "AGENCY_BUDGET";
  public static final String FINANCE_DIRECT = "FINANCE_DIRECT";
  public static final String MAJOR_PROJECT = "MAJOR_PROJECT_CONFIRMED";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final int MAX_NOTE = 500;
  public static final int MAX_REASON = 500;
  static final int MAX_USER = 64;

  private final JdbcTemplate jdbc;
  private final SupplierService suppliers;
  private final Contracts contracts;

  PaymentService(JdbcTemplate jdbc, SupplierService suppliers, Contracts contracts) {
    this.jdbc = jdbc;
    this.suppliers = suppliers;
    this.contracts = contracts;
  }

  // ---- route ---------------------------------------------------------------------------------

  /**
   * The filed contract's instalment ids in seq order and its payment route: the contract's own,
   * the confirmed one for a major project (null until {@link #confirmFunds}).
   *
   * @throws NoSuchElementException    no such contract
   * @throws PaymentConflictException  the contract is not filed
   */
  public PaymentPlan planPayments(long contractId) {
    ContractTerms contract = contracts.terms(contractId);
    if (!contract.filed()) {
      throw new PaymentConflictException("合同" + contractId + "尚未备案，不能安排付款");
    }
    List<Long> ids = contract.instalments().stream().map(InstalmentTerms::id).toList();
    return new PaymentPlan(contractId, ids, route(contract));
  }

  /**
   * The finance bureau confirms a major project's funds and chooses the route for all instalments.
   * Confirming again returns the first confirmation.
   */
  @Transactional
  public FundsConfirmation confirmFunds(long contractId, String route, String note, String by, Instant now) {
    Objects.requireNonNull(now, "now");
    contracts.lockTerms(contractId);
    String chosen = StringUtils.strip(route);
    if (!AGENCY_BUDGET.equals(chosen) && !FINANCE_DIRECT.equals(chosen)) {
      throw new InvalidRequestException("支付方式必须是 AGENCY_BUDGET 或 FINANCE_DIRECT / paymentRoute");
    }
    String text = StringUtils.stripToNull(note);
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidRequestException("资金确认说明不能超过" + MAX_NOTE + "个字符");
    }
    Optional<FundsConfirmation> existing = funds(contractId);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.update("insert into funds_confirmation (contract_id, route, note, confirmed_by, confirmed_at)"
        + " values (?, ?, ?, ?, ?)", contractId, chosen, text, user(by), utc(now));
    return funds(contractId).orElseThrow();
  }

  // ---- requests and decisions ----------------------------------------------------------------

  /**
   * The supplier requests instalment {@code seq} of its filed contract (attempt 1, or the next
   * after a return).
   *
   * @throws PaymentDeniedException   the user does not act for the contract's supplier
   * @throws PaymentConflictException not filed, already paid, or a request is pending
   */
  @Transactional
  public InstalmentRequest requestInstalment(long contractId, int seq, String userId, String note, Instant now) {
    Objects.requireNonNull(now, "now");
    ContractTerms contract = contracts.lockTerms(contractId);
    long supplierId = suppliers.organizationOf(userId).orElseThrow(() ->
        new PaymentDeniedException("用户「" + userId + "」不属于任何承接主体，不能申请付款"));
    if (supplierId != contract.supplierId()) {
      throw new PaymentDeniedException("合同" + contractId + "的乙方不是本承接主体，不能申请付款");
    }
    String text = StringUtils.stripToNull(note);
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidRequestException("申请说明不能超过" + MAX_NOTE + "个字符");
    }
    if (!contract.filed()) {
      throw new PaymentConflictException("合同" + contractId + "尚未备案，不能申请付款");
    }
    InstalmentTerms instalment = contract.instalments().stream().filter(i -> i.seq() == seq).findFirst()
        .orElseThrow(() -> new NoSuchElementException("合同" + contractId + "没有第" + seq + "期"));
    if (payment(instalment.id()).isPresent()) {
      throw new PaymentConflictException("合同" + contractId + "第" + seq + "期已支付");
    }
    Optional<InstalmentRequest> last = lastRequest(instalment.id());
    if (last.isPresent() && last.get().decision() == null) {
      throw new PaymentConflictException("合同" + contractId + "第" + seq + "期已有待处理的付款申请");
    }
    if (last.isPresent() && "APPROVED".equals(last.get().decision())) {
      throw new PaymentConflictException("合同" + contractId + "第" + seq + "期的付款申请已同意，正在支付");
    }
    int attempt = last.map(r -> r.attempt() + 1).orElse(1);
    jdbc.update("insert into instalment_request (instalment_id, attempt, requested_by, requested_at, note)"
        + " values (?, ?, ?, ?, ?)", instalment.id(), attempt, user(userId), utc(now), text);
    return lastRequest(instalment.id()).orElseThrow();
  }

  /**
   * The decision on the pending request: APPROVE, or RETURN with a reason. Recording the same
   * decision again returns the decided request.
   *
   * @throws PaymentConflictException no pending request and the last one was decided otherwise
   */
  @Transactional
  public InstalmentRequest recordDecision(long instalmentId, String decision, String reason, String by, Instant now) {
    Objects.requireNonNull(now, "now");
    InstalmentTerms instalment = instalment(instalmentId);
    contracts.lockTerms(instalment.contractId());
    String why = StringUtils.stripToNull(reason);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new InvalidRequestException("付款审核意见必须是 APPROVE 或 RETURN / instalmentDecision");
    }
    if (RETURN.equals(decision) && (why == null || why.length() > MAX_REASON)) {
      throw new InvalidRequestException("退回时须填写退回理由（不超过" + MAX_REASON + "个字符）");
    }
    String stored = APPROVE.equals(decision) ? "APPROVED" : "RETURNED";
    InstalmentRequest last = lastRequest(instalmentId).orElseThrow(() ->
        new PaymentConflictException("第" + instalment.seq() + "期尚无付款申请"));
    if (last.decision() != null) {
      if (stored.equals(last.decision()) && (APPROVE.equals(decision) || why.equals(last.returnReason()))) {
        return last;
      }
      throw new PaymentConflictException("第" + instalment.seq() + "期第" + last.attempt() + "次付款申请已处理");
    }
    jdbc.update("update instalment_request set decision = ?, return_reason = ?, decided_by = ?, decided_at = ?"
        + " where id = ?", stored, APPROVE.equals(decision) ? null : why, user(by), utc(now), last.id());
    return lastRequest(instalmentId).orElseThrow();
  }

  // ---- payment -------------------------------------------------------------------------------

  /**
   * Pays the approved instalment. The same key again returns the first payment; the instalment is
   * paid once whatever the key. days_late = max(0, Beijing date of paid_at - due date).
   *
   * @param route AGENCY_BUDGET or FINANCE_DIRECT; null: the contract's (or confirmed) route
   * @throws PaymentConflictException not approved, no route, or paid under another key
   */
  @Transactional
  public Payment pay(long instalmentId, String idempotencyKey, String route, Instant now) {
    Objects.requireNonNull(now, "now");
    String key = StringUtils.strip(idempotencyKey);
    if (StringUtils.isEmpty(key) || key.length() > 64) {
      throw new InvalidRequestException("idempotencyKey is required (at most 64 characters)");
    }
    InstalmentTerms instalment = instalment(instalmentId);
    ContractTerms contract = contracts.lockTerms(instalment.contractId());
    Optional<Payment> byKey = query("select * from payment where idempotency_key = ?", key);
    if (byKey.isPresent()) {
      if (byKey.get().instalmentId() != instalmentId) {
        throw new PaymentConflictException("付款幂等键「" + key + "」已用于另一期");
      }
      return byKey.get();
    }
    if (payment(instalmentId).isPresent()) {
      throw new PaymentConflictException("第" + instalment.seq() + "期已支付");
    }
    InstalmentRequest last = lastRequest(instalmentId).orElse(null);
    if (last == null || !"APPROVED".equals(last.decision())) {
      throw new PaymentConflictException("第" + instalment.seq() + "期的付款申请尚未同意，不能支付");
    }
    String paidRoute = StringUtils.defaultIfBlank(StringUtils.strip(route), route(contract));
    if (!AGENCY_BUDGET.equals(paidRoute) && !FINANCE_DIRECT.equals(paidRoute)) {
      throw new PaymentConflictException("合同" + contract.id() + "的支付方式未确定，不能支付");
    }
    Instant at = seconds(now);
    int daysLate = daysLate(instalment.dueDate(), at);
    jdbc.update("insert into payment (instalment_id, contract_id, idempotency_key, amount, route, due_date, paid_at,"
        + " days_late, approved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", instalmentId, contract.id(), key,
        instalment.amount(), paidRoute, instalment.dueDate(), utc(at), daysLate, last.decidedBy());
    return payment(instalmentId).orElseThrow();
  }

  /** max(0, the Beijing date of {@code paidAt} minus the due date) in days */
  static int daysLate(LocalDate dueDate, Instant paidAt) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, paidAt.atZone(BeijingTime.ZONE).toLocalDate()));
  }

  // ---- reading -------------------------------------------------------------------------------

  /** the contract's payment route as it stands (null: a major project not confirmed yet) */
  public String paymentRoute(long contractId) {
    return route(contracts.terms(contractId));
  }

  /** the contract's question: requested (pending or approved) or paid; payment's own tables */
  @Override
  public boolean requestedOrPaid(long instalmentId) {
    return payment(instalmentId).isPresent() || !jdbc.queryForList("select id from instalment_request"
        + " where instalment_id = ? and (decision is null or decision = 'APPROVED')", Long.class, instalmentId).isEmpty();
  }

  /** @throws NoSuchElementException no such instalment */
  public InstalmentRequest requestView(long instalmentId) {
    return lastRequest(instalmentId).orElseThrow(() -> new NoSuchElementException("第" + instalmentId + "号分期尚无付款申请"));
  }

  /** every instalment of the contract as it stands on {@code now}'s Beijing date */
  public ContractPayments payments(long contractId, Instant now) {
    ContractTerms contract = contracts.terms(contractId);
    LocalDate today = now.atZone(BeijingTime.ZONE).toLocalDate();
    List<InstalmentPayment> list = new ArrayList<>();
    for (InstalmentTerms i : contract.instalments()) {
      Optional<Payment> paid = payment(i.id());
      Optional<InstalmentRequest> last = lastRequest(i.id());
      String state = paid.isPresent() ? "PAID"
          : last.map(r -> r.decision() == null ? "PENDING" : r.decision()).orElse("NONE");
      Integer overdue = paid.isPresent() ? null : (int) Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), today));
      list.add(new InstalmentPayment(i.id(), i.seq(), i.amount(), i.dueDate(), state,
          last.map(InstalmentRequest::requestedAt).orElse(null), paid.map(Payment::paidAt).orElse(null),
          paid.map(Payment::daysLate).orElse(null), overdue));
    }
    return new ContractPayments(contractId, route(contract), list);
  }

  /** lateness per purchasing agency (the contracts' agency code), by agency code, as of {@code now}'s Beijing date */
  public List<AgencyLateness> lateness(Instant now) {
    LocalDate today = now.atZone(BeijingTime.ZONE).toLocalDate();
    Map<String, long[]> byAgency = new LinkedHashMap<>();
    Map<Long, String> agencyOf = new HashMap<>();
    jdbc.query("select contract_id, days_late from payment", rs -> {
      String agency = agencyOf.computeIfAbsent(rs.getLong(1), id -> contracts.terms(id).agencyCode());
      long[] a = byAgency.computeIfAbsent(agency, k -> new long[4]);
      int late = rs.getInt(2);
      a[0]++;
      if (late > 0) {
        a[1]++;
      }
      a[2] += late;
    });
    for (InstalmentTerms due : contracts.filedInstalmentsDueBefore(today)) {
      if (payment(due.id()).isEmpty()) {
        byAgency.computeIfAbsent(due.agencyCode(), k -> new long[4])[3]++;
      }
    }
    return byAgency.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
      long[] a = e.getValue();
      BigDecimal average = a[0] == 0 ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(a[2]).divide(BigDecimal.valueOf(a[0]), 2, RoundingMode.HALF_UP);
      return new AgencyLateness(e.getKey(), (int) a[0], (int) a[1], a[2], average, (int) a[3]);
    }).toList();
  }

  /**
   * Display text of an instalment for the decision forms; empty for an unknown id. Runs inside the
   * engine's transaction, so nothing it throws may mark that transaction rollback-only.
   */
  @Transactional(readOnly = true, noRollbackFor = NoSuchElementException.class)
  public Optional<String> instalmentSummary(long instalmentId) {
    Optional<InstalmentTerms> found = contracts.instalment(instalmentId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    InstalmentTerms i = found.get();
    StringBuilder text = new StringBuilder("合同" + i.contractId() + " 第" + i.seq() + "期：" + i.amount().toPlainString()
        + "元，约定支付日期" + i.dueDate());
    lastRequest(i.id()).filter(r -> r.decision() == null).ifPresent(r -> text.append("\n乙方第").append(r.attempt())
        .append("次申请：").append(BeijingTime.shown(r.requestedAt()))
        .append("（北京时间）").append(r.note() == null ? "" : "，说明：" + r.note()));
    return Optional.of(text.toString());
  }

  /**
   * The end (23:59:59 Beijing) of the instalment's due date as it stands now: an amendment may have
   * moved it since the timer that watches it was set. Runs inside the engine's transaction.
   */
  @Transactional(readOnly = true, noRollbackFor = NoSuchElementException.class)
  public Optional<Instant> dueDeadline(long instalmentId) {
    return contracts.instalment(instalmentId).map(i -> i.dueDate().atTime(23, 59, 59).atZone(BeijingTime.ZONE).toInstant());
  }

  /** not paid and past the end of its (current) due date at {@code now}; false for an unknown id */
  @Transactional(readOnly = true, noRollbackFor = NoSuchElementException.class)
  public boolean overdue(long instalmentId, Instant now) {
    return dueDeadline(instalmentId).filter(now::isAfter).isPresent() && payment(instalmentId).isEmpty();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Optional<FundsConfirmation> funds(long contractId) {
    return jdbc.query("select * from funds_confirmation where contract_id = ?", (rs, n) -> new FundsConfirmation(
        rs.getLong("contract_id"), rs.getString("route"), rs.getString("note"), rs.getString("confirmed_by"),
        instant(rs, "confirmed_at")), contractId).stream().findFirst();
  }

  private String route(ContractTerms contract) {
    if (MAJOR_PROJECT.equals(contract.paymentRoute())) {
      return funds(contract.id()).map(FundsConfirmation::route).orElse(null);
    }
    return contract.paymentRoute();
  }

  private InstalmentTerms instalment(long instalmentId) {
    return contracts.instalment(instalmentId)
        .orElseThrow(() -> new NoSuchElementException("分期" + instalmentId + "不存在"));
  }

  private Optional<InstalmentRequest> lastRequest(long instalmentId) {
    Optional<InstalmentTerms> instalment = contracts.instalment(instalmentId);
    long contractId = instalment.map(InstalmentTerms::contractId).orElse(0L);
    int seq = instalment.map(InstalmentTerms::seq).orElse(0);
    return jdbc.query("select * from instalment_request where instalment_id = ? order by attempt desc", (rs, n) ->
        new InstalmentRequest(rs.getLong("id"), rs.getLong("instalment_id"), contractId, seq, rs.getInt("attempt"),
            rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("note"), rs.getString("decision"), rs.getString("return_reason"), rs.getString("decided_by"),
            instant(rs, "decided_at")), instalmentId).stream().findFirst();
  }

  private Optional<Payment> payment(long instalmentId) {
    return query("select * from payment where instalment_id = ?", instalmentId);
  }

  private Optional<Payment> query(String sql, Object arg) {
    return jdbc.query(sql, (rs, n) -> new Payment(rs.getLong("id"), rs.getLong("instalment_id"),
        rs.getLong("contract_id"), rs.getString("idempotency_key"), rs.getBigDecimal("amount"), rs.getString("route"),
        rs.getObject("due_date", LocalDate.class), instant(rs, "paid_at"), rs.getInt("days_late"),
        rs.getString("approved_by")), arg).stream().findFirst();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** UTC wall time in whole seconds, as the DATETIME columns hold it */
  private static LocalDateTime utc(Instant now) {
    return LocalDateTime.ofInstant(seconds(now), ZoneOffset.UTC);
  }

  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }

  private static String user(String userId) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(StringUtils.strip(userId), MAX_USER), "system");
  }
}
