package org.govpurchase.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 目录事项: a service that may be bought in the catalog's year, and the agencies that may buy it. */
@Entity
@Table(name = "catalog_item")
class CatalogItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "catalog_version_id", nullable = false)
  private CatalogVersion version;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "category", nullable = false, length = 40)
  private ServiceCategory category;

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @ManyToMany
  @JoinTable(name = "catalog_item_agency",
      joinColumns = @JoinColumn(name = "catalog_item_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_code"))
  @OrderBy("code")
  @BatchSize(size = 50)
  private Set<PurchasingAgency> agencies = new LinkedHashSet<>();

  protected CatalogItem() {
  }

  CatalogItem(CatalogVersion version, int position, String name, ServiceCategory category,
      String description, Collection<PurchasingAgency> agencies) {
    this.version = version;
    this.position = position;
    this.name = name;
    this.category = category;
    this.description = description;
    this.agencies.addAll(agencies);
  }

  Long getId() {
    return id;
  }

  int getPosition() {
    return position;
  }

  String getName() {
    return name;
  }

  ServiceCategory getCategory() {
    return category;
  }

  String getDescription() {
    return description;
  }

  Set<PurchasingAgency> getAgencies() {
    return Collections.unmodifiableSet(agencies);
  }
}
