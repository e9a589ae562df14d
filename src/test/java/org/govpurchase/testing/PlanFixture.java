package org.govpurchase.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govpurchase.plan.ProcurementMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Purchase plans for tests of what follows a plan (tenders, evaluation, awards), written straight
 * into the tables: a purchasing agency, a published catalog of the year with one item
 * (居家养老服务) and plans for that item, created on first use.
 *
 * <p>{@link #cleanUp()} deletes only the rows this fixture created (by id, and the agency by code
 * only if it created it), so it is safe on a database other test classes share; rows that refer to
 * the plans (tenders, bids, awards...) must be deleted by the test first.
 */
public final class PlanFixture {

  private final JdbcTemplate jdbc;
  private final String agencyCode;
  private final String agencyName;
  private final int catalogYear;

  private boolean agencyCreated;
  private Long versionId;
  private Long itemId;
  private final List<Long> planIds = new ArrayList<>();

  /**
   * @param catalogYear the year of the published catalog the plans' item is in; on a shared
   *     database choose a year no other catalog is active in
   */
  public PlanFixture(JdbcTemplate jdbc, String agencyCode, String agencyName, int catalogYear) {
    this.jdbc = jdbc;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.catalogYear = catalogYear;
  }

  /** plans for an item of this year's catalog ({@link TestDates#year()}) */
  public PlanFixture(JdbcTemplate jdbc, String agencyCode, String agencyName) {
    this(jdbc, agencyCode, agencyName, TestDates.year());
  }

  /** {@code <prefix>-<this year>-<seq>}, e.g. SZ-2027-0042 for the first plan of a test on the 2027 clock */
  public static String planNo(String prefix, int seq) {
    return String.format("%s-%d-%04d", prefix, TestDates.year(), seq);
  }

  /**
   * An APPROVED plan, decided now (the test clock), for a term of one year from {@code termStart}: comprehensive
   * scoring, agency budget, not a major project, run by the agency itself. Plan year and sequence
   * come from the plan number ({@code XX-<year>-<seq>}).
   *
   * @return the plan's id
   */
  public long approvedPlan(String planNo, ProcurementMethod method, BigDecimal budget, LocalDate termStart) {
    return plan(planNo, "APPROVED", method, budget, termStart);
  }

  /**
   * A plan as {@link #approvedPlan} but in the given status; unless APPROVED it has no method, no
   * decision and no "run by a procurement agency" answer ({@code method} is then ignored).
   *
   * @return the plan's id
   */
  public long plan(String planNo, String status, ProcurementMethod method, BigDecimal budget, LocalDate termStart) {
    long item = itemId();
    boolean approved = status.equals("APPROVED");
    LocalDateTime now = TestDates.nowUtc();
    String[] parts = planNo.split("-");
    int year = Integer.parseInt(parts[parts.length - 2]);
    int seq = Integer.parseInt(parts[parts.length - 1]);
    jdbc.update("insert into purchase_plan (process_instance_id, plan_year, plan_seq, plan_no, status, agency_code,"
        + " catalog_item_id, service_name, service_standard, budget, term_start, term_end, evaluation_method,"
        + " requirements, funding_source, major_project, within_government_procurement, procurement_method,"
        + " run_by_procurement_agency, decided_at, created_at) values (?, ?, ?, ?, ?, ?, ?, '居家养老服务', '每周上门两次',"
        + " ?, ?, ?, 'COMPREHENSIVE_SCORING', '持证社工不少于5名', 'AGENCY_BUDGET', false, true, ?, ?, ?, ?)",
        "fixture-plan-" + planNo, year, seq, planNo, status, agencyCode, item, budget, termStart,
        termStart.plusYears(1).minusDays(1), approved ? method.name() : null, approved ? false : null,
        approved ? now : null, now);
    long id = jdbc.queryForObject("select id from purchase_plan where plan_no = ?", Long.class, planNo);
    planIds.add(id);
    return id;
  }

  /** the catalog item the plans are for (created, with its agency and catalog, on first use) */
  public long itemId() {
    if (itemId == null) {
      if (jdbc.queryForObject("select count(*) from purchasing_agency where code = ?", Integer.class, agencyCode) == 0) {
        jdbc.update("insert into purchasing_agency (code, name, active) values (?, ?, true)", agencyCode, agencyName);
        agencyCreated = true;
      }
      String process = "fixture-catalog-" + catalogYear;
      LocalDateTime now = TestDates.nowUtc();
      jdbc.update("insert into catalog_version (catalog_year, version_no, title, status, process_instance_id,"
          + " published_at, active_year, created_at) values (?, 1, ?, 'PUBLISHED', ?, ?, ?, ?)",
          catalogYear, catalogYear + "年度目录（测试）", process, now, catalogYear, now);
      versionId = jdbc.queryForObject("select id from catalog_version where process_instance_id = ?", Long.class,
          process);
      jdbc.update("insert into catalog_item (catalog_version_id, position, name, category, description)"
          + " values (?, 1, '居家养老服务', 'SOCIAL_ELDERLY_DISABILITY_CARE', '居家养老')", versionId);
      itemId = jdbc.queryForObject("select id from catalog_item where catalog_version_id = ?", Long.class, versionId);
    }
    return itemId;
  }

  /** deletes the plans, catalog item, catalog and (if it made it) agency this fixture created */
  public void cleanUp() {
    for (long id : planIds) {
      jdbc.update("delete from purchase_plan where id = ?", id);
    }
    planIds.clear();
    if (itemId != null) {
      jdbc.update("delete from catalog_item where id = ?", itemId);
      itemId = null;
    }
    if (versionId != null) {
      jdbc.update("delete from catalog_version where id = ?", versionId);
      versionId = null;
    }
    if (agencyCreated) {
      jdbc.update("delete from purchasing_agency where code = ?", agencyCode);
      agencyCreated = false;
    }
  }
}
