package org.govpurchase.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/** One draw of an evaluation committee (table committee_draw), with its members, standbys and recusals. */
@Entity
@Table(name = "committee_draw")
class DrawnCommittee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "draw_key", nullable = false, length = 100, unique = true, updatable = false)
  private String drawKey;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "seed", nullable = false, updatable = false)
  private long seed;

  /** UTC wall-clock time */
  @Column(name = "drawn_at", nullable = false, updatable = false)
  private LocalDateTime drawnAt;

  @Column(name = "bid_deadline", nullable = false, updatable = false)
  private LocalDate bidDeadline;

  @Column(name = "budget", nullable = false, precision = 18, scale = 2, updatable = false)
  private BigDecimal budget;

  @Column(name = "committee_size", nullable = false, updatable = false)
  private int committeeSize;

  @Column(name = "expert_seats", nullable = false, updatable = false)
  private int expertSeats;

  @Column(name = "buyer_seats", nullable = false, updatable = false)
  private int buyerSeats;

  @Column(name = "standby_count", nullable = false, updatable = false)
  private int standbyCount;

  /** comma-separated specialty codes */
  @Column(name = "specialties", nullable = false, length = 400, updatable = false)
  private String specialties;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "unsealed_at")
  private LocalDateTime unsealedAt;

  @ElementCollection
  @CollectionTable(name = "committee_draw_bidder", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderBy("supplierId")
  private List<DrawBidder> bidders = new ArrayList<>();

  @OneToMany(mappedBy = "draw", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CommitteeMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "draw", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CommitteeRecusal> recusals = new ArrayList<>();

  protected DrawnCommittee() {
  }

  DrawnCommittee(String drawKey, String procurementNo, long seed, LocalDateTime drawnAt, LocalDate bidDeadline,
      BigDecimal budget, int committeeSize, int expertSeats, int standbyCount, Set<Specialty> specialties,
      List<DrawBidder> bidders) {
    this.drawKey = drawKey;
    this.procurementNo = procurementNo;
    this.seed = seed;
    this.drawnAt = drawnAt;
    this.bidDeadline = bidDeadline;
    this.budget = budget;
    this.committeeSize = committeeSize;
    this.expertSeats = expertSeats;
    this.buyerSeats = committeeSize - expertSeats;
    this.standbyCount = standbyCount;
    this.specialties = specialties.stream().sorted().map(Specialty::name).collect(Collectors.joining(","));
    this.sealed = true;
    this.bidders.addAll(bidders);
  }

  void addMember(CommitteeMember member) {
    members.add(member);
  }

  void addRecusal(CommitteeRecusal recusal) {
    recusals.add(recusal);
  }

  /** @return whether this call unsealed it */
  boolean unseal(LocalDateTime at) {
    if (!sealed) {
      return false;
    }
    sealed = false;
    unsealedAt = at;
    return true;
  }

  Long getId() {
    return id;
  }

  String getDrawKey() {
    return drawKey;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  long getSeed() {
    return seed;
  }

  LocalDateTime getDrawnAt() {
    return drawnAt;
  }

  LocalDate getBidDeadline() {
    return bidDeadline;
  }

  BigDecimal getBudget() {
    return budget;
  }

  int getCommitteeSize() {
    return committeeSize;
  }

  int getExpertSeats() {
    return expertSeats;
  }

  int getBuyerSeats() {
    return buyerSeats;
  }

  int getStandbyCount() {
    return standbyCount;
  }

  Set<Specialty> getSpecialties() {
    if (StringUtils.isBlank(specialties)) {
      return EnumSet.noneOf(Specialty.class);
    }
    return Arrays.stream(specialties.split(",")).map(Specialty::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
  }

  boolean isSealed() {
    return sealed;
  }

  LocalDateTime getUnsealedAt() {
    return unsealedAt;
  }

  List<DrawBidder> getBidders() {
    return Collections.unmodifiableList(bidders);
  }

  List<CommitteeMember> getMembers() {
    return Collections.unmodifiableList(members);
  }

  List<CommitteeRecusal> getRecusals() {
    return Collections.unmodifiableList(recusals);
  }

  /** A bidder the recusal was checked against. */
  @Embeddable
  static class DrawBidder {

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    protected DrawBidder() {
    }

    DrawBidder(long supplierId, String creditCode) {
      this.supplierId = supplierId;
      this.creditCode = creditCode;
    }

    Long getSupplierId() {
      return supplierId;
    }

    String getCreditCode() {
      return creditCode;
    }
  }
}
