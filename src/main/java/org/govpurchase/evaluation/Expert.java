package org.govpurchase.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** 评审专家: a member of the expert pool, with the specialties and the ties that recuse them. */
@Entity
@Table(name = "expert")
class Expert {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** the engine user who scores; NULL for an expert without a platform login */
  @Column(name = "user_id", length = 64, unique = true)
  private String userId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "employer", length = 200)
  private String employer;

  /** the purchasing agency (its code) the expert works for, if any: never drawn for its procurements */
  @Column(name = "employer_agency_code", length = 32)
  private String employerAgencyCode;

  @Column(name = "active", nullable = false)
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expert_specialty", joinColumns = @JoinColumn(name = "expert_id"))
  @Column(name = "specialty", nullable = false, length = 30)
  @Convert(converter = SpecialtyConverter.class)
  private Set<Specialty> specialties = new HashSet<>();

  @OneToMany(mappedBy = "expert", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ExpertTie> ties = new ArrayList<>();

  protected Expert() {
  }

  Expert(String userId, String name, String employer, Set<Specialty> specialties) {
    this.userId = userId;
    this.name = name;
    this.employer = employer;
    this.active = true;
    this.specialties.addAll(specialties);
  }

  ExpertTie addTie(ExpertTie tie) {
    ties.add(tie);
    return tie;
  }

  void setUserId(String userId) {
    this.userId = userId;
  }

  void setEmployerAgencyCode(String employerAgencyCode) {
    this.employerAgencyCode = employerAgencyCode;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  Long getId() {
    return id;
  }

  String getUserId() {
    return userId;
  }

  String getName() {
    return name;
  }

  String getEmployer() {
    return employer;
  }

  String getEmployerAgencyCode() {
    return employerAgencyCode;
  }

  boolean isActive() {
    return active;
  }

  /** in the enum's order */
  Set<Specialty> getSpecialties() {
    return specialties.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(specialties));
  }

  List<ExpertTie> getTies() {
    return Collections.unmodifiableList(ties);
  }
}
