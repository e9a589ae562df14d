package org.govpurchase.tender;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.identity.Groups;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.ClarificationView;
import org.govpurchase.tender.TenderViews.TenderSummary;
import org.govpurchase.tender.TenderViews.TenderView;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier API for tenders: open tenders, clarification questions, and the organization's own
 * bid. Another organization's bid is never shown here. The time is the application's
 * {@link Clock} bean. Each write and the message that tells
 * the Tendering process about it share one transaction: what the process does not accept is not written.
 */
@RestController
@RequestMapping("/api/tenders")
@PreAuthorize("hasRole('" + Groups.SUPPLIER + "')")
@Tag(name = "招标投标", description = "Tenders for suppliers: open tenders, clarification questions, the organization's own bid")
@Profile("!workers") // as the engine it talks to
class TenderController {

  /** body of POST /{id}/clarifications */
  record QuestionRequest(String question) {
  }

  /** body of POST /{id}/bids and PUT /{id}/bids/mine; price in yuan */
  record BidRequest(BigDecimal price, String proposalSummary) {
  }

  private final TenderService service;
  private final TenderingMessages process;
  private final Clock clock;

  TenderController(TenderService service, TenderingMessages process, Clock clock) {
    this.service = service;
    this.process = process;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "The tenders taking bids now, soonest deadline first")
  List<TenderSummary> open() {
    return service.openTenders(now());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One tender with its answered clarifications and the organization's own questions")
  TenderView one(@PathVariable long id, Authentication user) {
    return service.tenderForSupplier(id, user.getName());
  }

  @PostMapping("/{id}/clarifications")
  @Operation(summary = "Ask a clarification question before the bid deadline; the answer is published to all")
  @Transactional
  ResponseEntity<ClarificationView> ask(@PathVariable long id, @RequestBody QuestionRequest request,
      Authentication user) {
    ClarificationView asked = service.askClarification(id, user.getName(), request.question(), now());
    process.clarificationAsked(id, asked.id());
    return ResponseEntity.status(201).body(asked);
  }

  @PostMapping("/{id}/bids")
  @Operation(summary = "Submit the organization's bid before the deadline (409 if it already has one)")
  @Transactional
  ResponseEntity<BidView> submit(@PathVariable long id, @RequestBody BidRequest request, Authentication user) {
    BidView bid = service.submitBid(id, user.getName(), request.price(), request.proposalSummary(), now());
    process.bidReceived(id, bid.id(), BidStatus.SUBMITTED);
    return ResponseEntity.created(URI.create("/api/tenders/" + id + "/bids/mine")).body(bid);
  }

  @GetMapping("/{id}/bids/mine")
  @Operation(summary = "The latest version of the organization's bid, whatever its status (404 if it never bid)")
  BidView mine(@PathVariable long id, Authentication user) {
    return service.myBid(id, user.getName())
        .orElseThrow(() -> new NoSuchElementException("本承接主体未对招标项目" + id + "投标"));
  }

  @PutMapping("/{id}/bids/mine")
  @Operation(summary = "Replace the organization's submitted bid with a new version before the deadline")
  @Transactional
  BidView replace(@PathVariable long id, @RequestBody BidRequest request, Authentication user) {
    BidView bid = service.replaceMyBid(id, user.getName(), request.price(), request.proposalSummary(), now());
    process.bidReceived(id, bid.id(), BidStatus.REPLACED);
    return bid;
  }

  @DeleteMapping("/{id}/bids/mine")
  @Operation(summary = "Withdraw the organization's submitted bid before the deadline")
  @Transactional
  BidView withdraw(@PathVariable long id, Authentication user) {
    BidView bid = service.withdrawMyBid(id, user.getName(), now());
    process.bidReceived(id, bid.id(), BidStatus.WITHDRAWN);
    return bid;
  }

  private Instant now() {
    return clock.instant();
  }
}
