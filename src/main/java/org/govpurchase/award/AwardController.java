package org.govpurchase.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.govpurchase.identity.Groups;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier API for challenges (质疑) against an announced award. The time is the
 * platform's {@link Clock} bean.
 */
@RestController
@RequestMapping("/api/awards")
@PreAuthorize("hasRole('" + Groups.SUPPLIER + "')")
@Tag(name = "中标与质疑", description = "Challenges against an announced award, for suppliers that took part")
@Profile("!workers") // as the engine it talks to
class AwardController {

  /** body of POST /{procurementNo}/challenges */
  record ChallengeRequest(String text) {
  }

  private final ChallengeIntake intake;
  private final AwardService service;
  private final Clock clock;

  AwardController(ChallengeIntake intake, AwardService service, Clock clock) {
    this.intake = intake;
    this.service = service;
    this.clock = clock;
  }

  @PostMapping("/{procurementNo}/challenges")
  @Operation(summary = "Challenge the announced award within 7 working days of the announcement"
      + " (403 if the organization did not bid, 409 if the procurement takes no challenge now)")
  ResponseEntity<ChallengeView> challenge(@PathVariable String procurementNo, @RequestBody ChallengeRequest request,
      Authentication user) {
    ChallengeView raised = intake.raise(procurementNo, user.getName(), request == null ? null : request.text(),
        now());
    return ResponseEntity.created(URI.create("/api/awards/" + raised.procurementNo() + "/challenges/mine"))
        .body(raised);
  }

  @GetMapping("/{procurementNo}/challenges/mine")
  @Operation(summary = "The organization's challenges of the procurement with their answers, oldest first")
  List<ChallengeView> mine(@PathVariable String procurementNo, Authentication user) {
    return service.myChallenges(procurementNo, user.getName());
  }

  private Instant now() {
    return clock.instant();
  }
}
