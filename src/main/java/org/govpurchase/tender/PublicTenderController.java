package org.govpurchase.tender;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govpurchase.tender.TenderViews.PublicTender;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 招标公告, open to everyone (信息公开; security permits /api/public/**): never who asked or who bids. */
@RestController
@RequestMapping("/api/public/tenders")
@Tag(name = "信息公开")
class PublicTenderController {

  private final TenderService service;

  PublicTenderController(TenderService service) {
    this.service = service;
  }

  @GetMapping("/{procurementNo}")
  @Operation(summary = "A tender announcement by procurement number: title, method, deadline, answered clarifications")
  PublicTender announcement(@PathVariable String procurementNo) {
    return service.publicTender(procurementNo);
  }
}
