package org.govpurchase.supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.govpurchase.supplier.SupplierViews.Disclosure;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 信息公开: anybody may look up a supplier's name, evaluation grade and status by its credit code. */
@RestController
@Tag(name = "信息公开")
class PublicSupplierController {

  private final SupplierService service;

  PublicSupplierController(SupplierService service) {
    this.service = service;
  }

  @GetMapping("/api/public/suppliers/{creditCode}")
  @Operation(summary = "A supplier's name, evaluation grade (valid today) and status, by unified social credit code")
  Disclosure disclosure(@PathVariable String creditCode) {
    return service.disclosure(creditCode)
        .orElseThrow(() -> new NoSuchElementException("统一社会信用代码为" + creditCode + "的承接主体未登记"));
  }
}
