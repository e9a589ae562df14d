package org.govpurchase.testing;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supplier rows for database tests: an active organization with all seven conditions verified,
 * registered and verified now (the test clock, UTC wall-clock time as the platform stores it).
 */
public final class SupplierFixture {

  static final List<String> SEVEN_CONDITIONS = List.of("LEGALLY_ESTABLISHED", "SOUND_GOVERNANCE",
      "INDEPENDENT_FINANCE", "PROFESSIONAL_CAPACITY", "TAX_AND_SOCIAL_SECURITY", "NO_MAJOR_VIOLATION_3Y",
      "OTHER_LEGAL_CONDITIONS");

  private SupplierFixture() {
  }

  /** a qualified supplier with {@code user} as its member; returns its id */
  public static long qualified(JdbcTemplate jdbc, String code, String name, String user) {
    LocalDateTime now = TestDates.nowUtc();
    jdbc.update("insert into supplier (credit_code, name, organization_type, registration_authority,"
        + " evaluation_grade, status, created_at) values (?, ?, 'SOCIAL_SERVICE_ORGANIZATION', '深圳市民政局', 'NONE',"
        + " 'ACTIVE', ?)", code, name, now);
    long id = jdbc.queryForObject("select id from supplier where credit_code = ?", Long.class, code);
    jdbc.update("insert into supplier_member (supplier_id, user_id, added_by, added_at) values (?, ?, 'registrar', ?)",
        id, user, now);
    for (String condition : SEVEN_CONDITIONS) {
      jdbc.update("insert into supplier_condition_evidence (supplier_id, condition_code, evidence, verified,"
          + " verified_by, verified_at, recorded_by, recorded_at) values (?, ?, '证明', true, 'registrar', ?,"
          + " 'registrar', ?)", id, condition, now, now);
    }
    return id;
  }
}
