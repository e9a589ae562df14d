package org.govpurchase.plan;

import java.time.LocalDateTime;
import java.util.List;
import org.govpurchase.testing.TestDates;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Catalog rows for plan tests, written straight into the catalog's tables (its JPA types are
 * package-private to {@code catalog}), stamped with the test clock. Idempotent: process tests share one
 * in-memory database.
 */
final class CatalogFixture {

  private final JdbcTemplate jdbc;

  CatalogFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void agency(String code, String name) {
    if (count("select count(*) from purchasing_agency where code = ?", code) == 0) {
      jdbc.update("insert into purchasing_agency (code, name, active) values (?, ?, ?)", code, name, true);
    }
  }

  void member(String userId, String agencyCode) {
    if (count("select count(*) from purchasing_agency_member where user_id = ?", userId) == 0) {
      jdbc.update("insert into purchasing_agency_member (user_id, agency_code) values (?, ?)", userId, agencyCode);
    }
  }

  /** an item of the year's active (published) catalog, covering these agencies */
  long activeItem(int year, String name, String... agencies) {
    List<Long> active = jdbc.queryForList("select id from catalog_version where active_year = ?", Long.class, year);
    long versionId = active.isEmpty()
        ? version("fixture-published-" + year, year, "PUBLISHED")
        : active.get(0);
    return item(versionId, name, agencies);
  }

  /** an item of a draft catalog of the year: never in the active catalog */
  long draftItem(int year, String name, String... agencies) {
    List<Long> draft = jdbc.queryForList("select id from catalog_version where process_instance_id = ?",
        Long.class, "fixture-draft-" + year);
    long versionId = draft.isEmpty() ? version("fixture-draft-" + year, year, "DRAFT") : draft.get(0);
    return item(versionId, name, agencies);
  }

  private long version(String processInstanceId, int year, String status) {
    boolean published = status.equals("PUBLISHED");
    LocalDateTime now = TestDates.nowUtc();
    jdbc.update("insert into catalog_version (catalog_year, version_no, title, status, process_instance_id,"
            + " published_at, active_year, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        year, published ? 1 : null, year + "年度目录（测试）", status, processInstanceId, published ? now : null,
        published ? year : null, now);
    return jdbc.queryForObject("select id from catalog_version where process_instance_id = ?", Long.class,
        processInstanceId);
  }

  private long item(long versionId, String name, String... agencies) {
    List<Long> existing = jdbc.queryForList("select id from catalog_item where catalog_version_id = ? and name = ?",
        Long.class, versionId, name);
    long itemId;
    if (existing.isEmpty()) {
      int position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from catalog_item where catalog_version_id = ?",
          Integer.class, versionId);
      jdbc.update("insert into catalog_item (catalog_version_id, position, name, category, description) values (?, ?, ?, ?, ?)",
          versionId, position, name, "SOCIAL_ELDERLY_DISABILITY_CARE", name + "（测试）");
      itemId = jdbc.queryForObject("select id from catalog_item where catalog_version_id = ? and name = ?",
          Long.class, versionId, name);
    } else {
      itemId = existing.get(0);
    }
    for (String agency : agencies) {
      if (count("select count(*) from catalog_item_agency where catalog_item_id = ? and agency_code = ?", itemId, agency) == 0) {
        jdbc.update("insert into catalog_item_agency (catalog_item_id, agency_code) values (?, ?)", itemId, agency);
      }
    }
    return itemId;
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
