package org.govpurchase.evaluation;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.govpurchase.supplier.EvaluationGrade;
import org.govpurchase.supplier.SupplierService;
import org.springframework.stereotype.Component;

/**
 * What the evaluation needs to know of a bidding organization: its unified social credit code (for
 * recusal), name (for the award summary) and the evaluation grade valid on a day (for the past
 * evaluation score), as {@link SupplierService#facts} reads them.
 */
@Component
class Bidders {

  /** an organization as the evaluation sees it; {@code grade} as valid on the day asked for */
  record Bidder(long supplierId, String creditCode, String name, EvaluationGrade grade) {
  }

  private final SupplierService suppliers;

  Bidders(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  /**
   * @param on the (Beijing) day the grade must be valid on
   * @throws NoSuchElementException when there is no such supplier
   */
  Bidder of(long supplierId, LocalDate on) {
    return suppliers.facts(supplierId, on)
        .map(f -> new Bidder(f.supplierId(), f.creditCode(), f.name(), f.grade()))
        .orElseThrow(() -> new NoSuchElementException("承接主体" + supplierId + "不存在 / no supplier " + supplierId));
  }
}
