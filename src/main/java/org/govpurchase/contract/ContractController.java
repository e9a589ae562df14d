package org.govpurchase.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.identity.Groups;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier API for contracts: the organization's contracts and its signature (乙方签字). The
 * signature and the message that tells the Contract process share one transaction: a signature
 * the process is not waiting for is not written. The time is the platform's {@link Clock} bean.
 *
 * <p>One writer per supplier action: <b>the API writes, the process does not write again</b>: the
 * signature is recorded here and Task_AwaitSupplierSignature only receives the message
 * (contract.publish records the agency's signature, never the supplier's).
 */
@RestController
@RequestMapping("/api/contracts")
@PreAuthorize("hasRole('" + Groups.SUPPLIER + "')")
@Tag(name = "合同", description = "Contracts for suppliers: the organization's contracts and its signature")
@Profile("!workers") // as the engine it talks to
class ContractController {

  private final ContractService service;
  private final ContractMessages process;
  private final Clock clock;

  ContractController(ContractService service, ContractMessages process, Clock clock) {
    this.service = service;
    this.process = process;
    this.clock = clock;
  }

  @GetMapping("/mine")
  @Operation(summary = "The organization's contracts out for signing or later, oldest first")
  List<ContractView> mine(Authentication user) {
    return service.mine(user.getName());
  }

  @PostMapping("/{id}/signature")
  @Operation(summary = "Sign the contract for the awarded supplier (201; 200 if it had signed already;"
      + " 403 for another organization; 409 when the contract is not out for signing)")
  @Transactional
  ResponseEntity<ContractView> sign(@PathVariable long id, Authentication user) {
    ContractService.Signature signature = service.sign(id, user.getName(), clock.instant());
    if (!signature.fresh()) {
      return ResponseEntity.ok(signature.contract());
    }
    process.supplierSigned(id);
    return ResponseEntity.created(URI.create("/api/contracts/" + id + "/signature")).body(signature.contract());
  }
}
