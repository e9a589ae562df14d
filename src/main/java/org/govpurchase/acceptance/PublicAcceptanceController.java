package org.govpurchase.acceptance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govpurchase.acceptance.AcceptanceService.PublicAcceptance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 验收结果公告, open to everyone (信息公开; security permits /api/public/**) once the acceptance passed. */
@RestController
@RequestMapping("/api/public/acceptances")
@Tag(name = "信息公开")
class PublicAcceptanceController {

  private final AcceptanceService service;

  PublicAcceptanceController(AcceptanceService service) {
    this.service = service;
  }

  @GetMapping("/{procurementNo}")
  @Operation(summary = "The final acceptance of a contract by procurement number: the parties, each round with a"
      + " verdict per service standard, the people served's part and opinions, the report (404 until it passed)")
  PublicAcceptance acceptance(@PathVariable String procurementNo) {
    return service.publicAcceptance(procurementNo);
  }
}
