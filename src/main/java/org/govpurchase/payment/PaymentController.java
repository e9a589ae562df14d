package org.govpurchase.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.govpurchase.contract.Contracts;
import org.govpurchase.identity.Groups;
import org.govpurchase.payment.PaymentViews.AgencyLateness;
import org.govpurchase.payment.PaymentViews.ContractPayments;
import org.govpurchase.payment.PaymentViews.InstalmentRequest;
import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.supplier.SupplierService;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment API: the supplier's instalment request, a contract's payments and lateness per agency.
 *
 * <p>One writer per supplier action: <b>the API writes, the process does not write again</b>. The
 * request is recorded here and correlated to the instalment's InstalmentPayment instance in the
 * same transaction; payment.recordInstalmentDecision records only the office's decision on it.
 */
@RestController
@Tag(name = "资金支付", description = "Instalment requests, a contract's payments and lateness per purchasing agency")
@Profile("!workers")
class PaymentController {

  record RequestBodyNote(String note) {
  }

  private final PaymentService service;
  private final PaymentMessages process;
  private final SupplierService suppliers;
  private final Contracts contracts;
  private final AgencyMembers agencyMembers;
  private final Clock clock;

  PaymentController(PaymentService service, PaymentMessages process, SupplierService suppliers, Contracts contracts,
      AgencyMembers agencyMembers, Clock clock) {
    this.service = service;
    this.process = process;
    this.suppliers = suppliers;
    this.contracts = contracts;
    this.agencyMembers = agencyMembers;
    this.clock = clock;
  }

  @PostMapping("/api/contracts/{id}/instalments/{seq}/request")
  @PreAuthorize("hasRole('" + Groups.SUPPLIER + "')")
  @Operation(summary = "The supplier requests instalment seq of its filed contract (201; 403 for another"
      + " organization; 409 when paid, pending or the process is not waiting for it)")
  @Transactional
  ResponseEntity<InstalmentRequest> request(@PathVariable long id, @PathVariable int seq,
      @RequestBody(required = false) RequestBodyNote body, Authentication user) {
    InstalmentRequest request = service.requestInstalment(id, seq, user.getName(), body == null ? null : body.note(),
        clock.instant());
    process.instalmentRequested(request.instalmentId(), seq);
    return ResponseEntity.created(URI.create("/api/contracts/" + id + "/payments")).body(request);
  }

  @GetMapping("/api/contracts/{id}/payments")
  @PreAuthorize(Groups.ANY_OVERSEER + " or hasAnyRole('" + Groups.PURCHASING_AGENCY + "', '" + Groups.SUPPLIER + "')")
  @Operation(summary = "Every instalment of the contract: amount, due date, request state, payment, days late"
      + " or overdue (overseers: any contract; an agency's officers and a supplier: their own, else 403)")
  ContractPayments payments(@PathVariable long id, Authentication user) {
    if (!Groups.isOverseer(user)) {
      checkParty(id, user.getName());
    }
    return service.payments(id, clock.instant());
  }

  /** the contract's agency reads through its officers, its supplier through its members */
  private void checkParty(long contractId, String user) {
    Contracts.ContractTerms contract = contracts.terms(contractId);
    boolean buyer = agencyMembers.agencyOf(user).filter(contract.agencyCode()::equals).isPresent();
    boolean seller = suppliers.organizationOf(user).filter(s -> s == contract.supplierId()).isPresent();
    if (!buyer && !seller) {
      throw new PaymentDeniedException("合同" + contractId + "不是本单位的合同");
    }
  }

  @GetMapping("/api/payments/lateness")
  @PreAuthorize(Groups.ANY_OVERSEER)
  @Operation(summary = "Per purchasing agency: instalments paid, paid late, total and average days late, unpaid overdue")
  List<AgencyLateness> lateness() {
    return service.lateness(clock.instant());
  }
}
