package org.govpurchase.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.govpurchase.identity.Groups;
import org.govpurchase.payment.PaymentViews.AgencyLateness;
import org.govpurchase.payment.PaymentViews.ContractPayments;
import org.govpurchase.payment.PaymentViews.InstalmentRequest;
import org.govpurchase.supplier.SupplierService;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
  private final Clock clock;

  PaymentController(PaymentService service, PaymentMessages process, SupplierService suppliers,
      Clock clock) {
    this.service = service;
    this.process = process;
    this.suppliers = suppliers;
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
  @PreAuthorize("hasAnyRole('" + Groups.PURCHASING_AGENCY + "', '" + Groups.FINANCE_BUREAU + "', '"
      + Groups.SUPERVISION + "', '" + Groups.SUPPLIER + "')")
  @Operation(summary = "Every instalment of the contract: amount, due date, request state, payment, days late"
      + " or overdue (suppliers: only their own contracts, else 403)")
  ContractPayments payments(@PathVariable long id, Authentication user) {
    boolean official = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(a ->
        a.equals("ROLE_" + Groups.PURCHASING_AGENCY) || a.equals("ROLE_" + Groups.FINANCE_BUREAU)
            || a.equals("ROLE_" + Groups.SUPERVISION));
    if (!official) {
      long supplierId = service.supplierOf(id);
      if (suppliers.organizationOf(user.getName()).filter(s -> s == supplierId).isEmpty()) {
        throw new PaymentDeniedException("合同" + id + "的乙方不是本承接主体");
      }
    }
    return service.payments(id, clock.instant());
  }

  @GetMapping("/api/payments/lateness")
  @PreAuthorize("hasAnyRole('" + Groups.FINANCE_BUREAU + "', '" + Groups.SUPERVISION + "')")
  @Operation(summary = "Per purchasing agency: instalments paid, paid late, total and average days late, unpaid overdue")
  List<AgencyLateness> lateness() {
    return service.lateness(clock.instant());
  }
}
