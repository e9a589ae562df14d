package org.govpurchase.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.govpurchase.identity.Groups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee draw record for supervisors: seed, members, standbys, who declined and who was
 * recused for which tie, also while the names are sealed to suppliers and the public.
 */
@RestController
@RequestMapping("/api/committees")
@PreAuthorize(Groups.ANY_OVERSEER)
@Tag(name = "评标委员会", description = "Committee draw records for supervision")
class CommitteeController {

  private final CommitteeDraw draws;

  CommitteeController(CommitteeDraw draws) {
    this.draws = draws;
  }

  @GetMapping("/{procurementNo}")
  @Operation(summary = "The committee drawn for a procurement, with its seed and recusals (404 before the draw)")
  CommitteeView committee(@PathVariable String procurementNo) {
    // the Tendering process draws with the procurement number as draw key
    return draws.findByDrawKey(procurementNo)
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + procurementNo + "」尚未抽取评标委员会"));
  }
}
