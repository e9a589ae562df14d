package org.govpurchase.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 合同公告, open to everyone (信息公开; security permits /api/public/**) once the contract is published. */
@RestController
@RequestMapping("/api/public/contracts")
@Tag(name = "信息公开")
class PublicContractController {

  private final ContractService service;

  PublicContractController(ContractService service) {
    this.service = service;
  }

  @GetMapping("/{procurementNo}")
  @Operation(summary = "A published contract by procurement number: parties, amount, term, terms, schedule,"
      + " payment route, signing and publication times, the filing receipt number once filed (404 before publication)")
  PublicContract contract(@PathVariable String procurementNo) {
    return service.publicContract(procurementNo);
  }
}
