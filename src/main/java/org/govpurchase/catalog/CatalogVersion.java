package org.govpurchase.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a year's catalog: a DRAFT while its CatalogApproval instance runs, PUBLISHED
 * (the year's active catalog) once approved, SUPERSEDED when a later version is published.
 */
@Entity
@Table(name = "catalog_version")
class CatalogVersion {

  enum Status { DRAFT, PUBLISHED, SUPERSEDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "catalog_year", nullable = false)
  private int catalogYear;

  @Column(name = "version_no")
  private Integer versionNo;

  @Column(name = "title", nullable = false, length = 100)
  private String title;

  // VARCHAR, not the native ENUM Hibernate would expect on MySQL
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "base_version_no")
  private Integer baseVersionNo;

  @Column(name = "drafted_by", length = 64)
  private String draftedBy;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approval_comment", length = 500)
  private String approvalComment;

  // a plain TIMESTAMP holding UTC (hibernate.jdbc.time_zone) on H2 and MySQL alike
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "active_year", unique = true)
  private Integer activeYear;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CatalogItem> items = new ArrayList<>();

  protected CatalogVersion() {
  }

  CatalogVersion(String processInstanceId, Instant createdAt) {
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = Status.DRAFT;
  }

  /** Takes the draft's header; the caller replaces the items. */
  void redraft(int catalogYear, String title, Integer baseVersionNo, String draftedBy) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("catalog version " + id + " is " + status + ", no longer a draft");
    }
    this.catalogYear = catalogYear;
    this.title = title;
    this.baseVersionNo = baseVersionNo;
    this.draftedBy = draftedBy;
  }

  void addItem(CatalogItem item) {
    items.add(item);
  }

  void clearItems() {
    items.clear();
  }

  /** Makes this draft the year's active version. The previous one must be superseded (and flushed) first. */
  void publish(int versionNo, String approvedBy, String approvalComment, Instant publishedAt) {
    this.versionNo = versionNo;
    this.approvedBy = approvedBy;
    this.approvalComment = approvalComment;
    this.publishedAt = publishedAt;
    this.status = Status.PUBLISHED;
    this.activeYear = catalogYear;
  }

  void supersede() {
    this.status = Status.SUPERSEDED;
    this.activeYear = null;
  }

  boolean isDraft() {
    return status == Status.DRAFT;
  }

  Long getId() {
    return id;
  }

  int getCatalogYear() {
    return catalogYear;
  }

  Integer getVersionNo() {
    return versionNo;
  }

  String getTitle() {
    return title;
  }

  Status getStatus() {
    return status;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  Integer getBaseVersionNo() {
    return baseVersionNo;
  }

  String getDraftedBy() {
    return draftedBy;
  }

  String getApprovedBy() {
    return approvedBy;
  }

  String getApprovalComment() {
    return approvalComment;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getPublishedAt() {
    return publishedAt;
  }

  Integer getActiveYear() {
    return activeYear;
  }

  List<CatalogItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
