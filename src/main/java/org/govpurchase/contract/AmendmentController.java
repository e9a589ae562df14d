package org.govpurchase.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.identity.Groups;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier API for contract amendments (合同变更): the supplier proposes a change, which starts
 * a ContractAmendment process for the agency to answer, or answers the agency's proposal, which the
 * waiting process receives. Each write and its engine call share one transaction.
 *
 * <p>One writer per supplier action: <b>the API writes, the process does not write again</b>. The
 * proposal is recorded here (amendment.register only reads it back), the answer too (the model's
 * supplier path skips amendment.recordAnswer, which records the agency's answer only). So the
 * answer shows its new state in the response and a refused write never reaches the process.
 */
@RestController
@RequestMapping("/api/contracts/{contractId}/amendments")
@PreAuthorize("hasRole('" + Groups.SUPPLIER + "')")
@Tag(name = "合同变更", description = "Contract amendments for suppliers: propose, answer, list")
@Profile("!workers") // as the engine it talks to
class AmendmentController {

  /** the new schedule in due-date order, as many instalments as the contract has */
  record ProposalRequest(BigDecimal newAmount, LocalDate newTermEnd, List<Instalment> instalments, String fundsUse,
      String reason) {
  }

  record AnswerRequest(Boolean accept, String reason) {
  }

  private final AmendmentService service;
  private final AmendmentMessages process;
  private final Clock clock;

  AmendmentController(AmendmentService service, AmendmentMessages process, Clock clock) {
    this.service = service;
    this.process = process;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "The contract's amendments, oldest first (403 for another organization)")
  List<AmendmentView> list(@PathVariable long contractId, Authentication user) {
    return service.amendmentsFor(contractId, user.getName());
  }

  @PostMapping
  @Operation(summary = "Propose a change to a filed contract (201; 400 with every rule it breaks, e.g. more than"
      + " 10% added to the original amount; 403 for another organization; 409 when not filed or another change is open)")
  @Transactional
  ResponseEntity<AmendmentView> propose(@PathVariable long contractId, @RequestBody ProposalRequest body,
      Authentication user) {
    AmendmentProposal proposal = new AmendmentProposal(body.newAmount(), body.newTermEnd(), body.instalments(),
        body.fundsUse(), body.reason());
    service.check(contractId, ContractSide.SUPPLIER, user.getName(), proposal);
    String processInstanceId = process.proposedBySupplier(contractId, user.getName(), proposal);
    AmendmentView amendment = service.propose(processInstanceId, contractId, ContractSide.SUPPLIER, user.getName(),
        proposal, clock.instant());
    return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/amendments/" + amendment.id()))
        .body(amendment);
  }

  @PostMapping("/{amendmentId}/answer")
  @Operation(summary = "Accept or refuse (with a reason) the agency's proposal (200; 400 a refusal without reason;"
      + " 403 for another organization or the supplier's own proposal; 409 when no longer open)")
  @Transactional
  AmendmentView answer(@PathVariable long contractId, @PathVariable long amendmentId, @RequestBody AnswerRequest body,
      Authentication user) {
    if (body.accept() == null) {
      throw new InvalidRequestException("请答复是否同意（accept: true 或 false）");
    }
    // the organization first (403), then whether the amendment is this contract's (404)
    if (service.amendmentsFor(contractId, user.getName()).stream().noneMatch(a -> a.id() == amendmentId)) {
      throw new NoSuchElementException("合同" + contractId + "没有变更" + amendmentId);
    }
    AmendmentView answered = service.answer(amendmentId, ContractSide.SUPPLIER, user.getName(), body.accept(),
        body.reason(), clock.instant());
    process.supplierAnswered(amendmentId, Map.of(AmendmentProcess.VAR_ANSWER,
        body.accept() ? AmendmentProcess.ACCEPT : AmendmentProcess.REFUSE,
        AmendmentProcess.VAR_ANSWER_REASON, body.reason() == null ? "" : body.reason(),
        AmendmentProcess.VAR_ANSWERED_BY, user.getName()));
    return answered;
  }
}
