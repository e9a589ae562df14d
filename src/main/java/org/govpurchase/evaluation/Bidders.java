package org.govpurchase.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.supplier.EvaluationGrade;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the evaluation needs to know of a bidding organization: its unified social credit code (for
 * recusal), name (for the award summary) and the evaluation grade valid on a day (for the past
 * evaluation score).
 *
 * <p>Stopgap: {@code supplier.SupplierService} has no public read of a supplier by id, so this reads
 * the supplier table directly (read only), applying the same rule as SupplierService.gradeOn (an
 * expired grade counts as none). Replace the query by a public SupplierService method once it has one.
 */
@Component
class Bidders {

  /** an organization as the evaluation sees it; {@code grade} as valid on the day asked for */
  record Bidder(long supplierId, String creditCode, String name, EvaluationGrade grade) {
  }

  private final JdbcTemplate jdbc;

  Bidders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param on the (Beijing) day the grade must be valid on
   * @throws NoSuchElementException when there is no such supplier
   */
  Bidder of(long supplierId, LocalDate on) {
    List<Bidder> found = jdbc.query("select credit_code, name, evaluation_grade, grade_valid_until from supplier"
        + " where id = ?", (rs, row) -> {
          java.sql.Date until = rs.getDate("grade_valid_until");
          EvaluationGrade grade = until == null || until.toLocalDate().isBefore(on) ? EvaluationGrade.NONE
              : EvaluationGrade.valueOf(rs.getString("evaluation_grade"));
          return new Bidder(supplierId, rs.getString("credit_code"), rs.getString("name"), grade);
        }, supplierId);
    if (found.isEmpty()) {
      throw new NoSuchElementException("承接主体" + supplierId + "不存在 / no supplier " + supplierId);
    }
    return found.get(0);
  }
}
