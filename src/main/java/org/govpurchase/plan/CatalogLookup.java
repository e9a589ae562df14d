package org.govpurchase.plan;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the catalog's tables for planning: which items of a year's active catalog
 * an agency may buy, and the agencies' names. SQL rather than the catalog's JPA types, which are
 * package-private to {@code catalog}; the catalog never deletes an item of a published version,
 * so the plan's foreign key to it stays valid.
 */
@Component
class CatalogLookup {

  /** a catalog item as planning sees it */
  record Item(long id, String name, int catalogYear, Integer activeYear) {

    boolean inActiveCatalogOf(int year) {
      return activeYear != null && activeYear == year;
    }
  }

  /** a purchasing agency */
  record Agency(String code, String name, boolean active) {
  }

  private final EntityManager entityManager;

  CatalogLookup(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** the items of the year's active catalog that cover the agency, in catalog order */
  List<Item> activeItemsFor(int year, String agencyCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManager.createNativeQuery("""
            SELECT i.id, i.name, v.catalog_year, v.active_year
            FROM catalog_item i
            JOIN catalog_version v ON v.id = i.catalog_version_id
            JOIN catalog_item_agency a ON a.catalog_item_id = i.id
            WHERE v.active_year = :year AND a.agency_code = :agency
            ORDER BY i.position""")
        .setParameter("year", year)
        .setParameter("agency", agencyCode)
        .getResultList();
    return rows.stream().map(CatalogLookup::item).toList();
  }

  Optional<Item> item(long itemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManager.createNativeQuery("""
            SELECT i.id, i.name, v.catalog_year, v.active_year
            FROM catalog_item i
            JOIN catalog_version v ON v.id = i.catalog_version_id
            WHERE i.id = :id""")
        .setParameter("id", itemId)
        .getResultList();
    return rows.stream().findFirst().map(CatalogLookup::item);
  }

  boolean covers(long itemId, String agencyCode) {
    Number count = (Number) entityManager.createNativeQuery("""
            SELECT COUNT(*) FROM catalog_item_agency
            WHERE catalog_item_id = :id AND agency_code = :agency""")
        .setParameter("id", itemId)
        .setParameter("agency", agencyCode)
        .getSingleResult();
    return count.longValue() > 0;
  }

  Optional<Agency> agency(String code) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManager.createNativeQuery(
            "SELECT code, name, active FROM purchasing_agency WHERE code = :code")
        .setParameter("code", code)
        .getResultList();
    return rows.stream().findFirst()
        .map(row -> new Agency((String) row[0], (String) row[1], bool(row[2])));
  }

  private static Item item(Object[] row) {
    return new Item(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
        row[3] == null ? null : ((Number) row[3]).intValue());
  }

  /** H2 answers a BOOLEAN as Boolean, MySQL's TINYINT(1) may come as a number */
  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
