package org.govpurchase.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govpurchase.award.AwardViews.PublicAward;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 中标（成交）结果公告, open to everyone (信息公开; security permits /api/public/**). */
@RestController
@RequestMapping("/api/public/awards")
@Tag(name = "信息公开")
class PublicAwardController {

  private final AwardService service;

  PublicAwardController(AwardService service) {
    this.service = service;
  }

  @GetMapping("/{procurementNo}")
  @Operation(summary = "The award announcement by procurement number: supplier, price, challenge deadline,"
      + " evaluation ranking and committee (404 before the announcement)")
  PublicAward announcement(@PathVariable String procurementNo) {
    return service.publicAward(procurementNo);
  }
}
