package org.govpurchase.identity;

import java.util.List;
import org.springframework.security.core.Authentication;

/** Candidate groups of DOMAIN.md, the ids used in BPMN, authorizations and API roles. */
public final class Groups {
  public static final String PURCHASING_AGENCY = "purchasing-agency";
  public static final String FINANCE_BUREAU = "finance-bureau";
  public static final String GOVERNMENT_OFFICE = "government-office";
  public static final String REGISTRATION_AUTHORITY = "registration-authority";
  public static final String PROCUREMENT_AGENCY = "procurement-agency";
  public static final String EXPERT = "expert";
  public static final String THIRD_PARTY_EVALUATOR = "third-party-evaluator";
  public static final String SUPERVISION = "supervision";
  public static final String SUPPLIER = "supplier";
  /** 审计: reads every agency's procurements, changes nothing */
  public static final String AUDIT = "audit";
  /** the technical group of the external-task workers */
  public static final String WORKERS = "workers";

  /**
   * The overseers of DOMAIN.md (财政、政府、监察、审计): they read every agency's procurements in
   * Cockpit, Tasklist and the API, and act only on their own tasks.
   */
  public static final List<String> OVERSEERS = List.of(FINANCE_BUREAU, GOVERNMENT_OFFICE,
      SUPERVISION, AUDIT);

  /** spring security's expression for "an overseer", for {@code @PreAuthorize} on our API's reads */
  public static final String ANY_OVERSEER = "hasAnyRole('" + FINANCE_BUREAU + "', '" + GOVERNMENT_OFFICE + "', '"
      + SUPERVISION + "', '" + AUDIT + "')";

  /** whether the API caller belongs to one of the overseers' groups (roles {@code ROLE_<group>}) */
  public static boolean isOverseer(Authentication caller) {
    return caller.getAuthorities().stream()
        .anyMatch(role -> OVERSEERS.stream().anyMatch(group -> role.getAuthority().equals("ROLE_" + group)));
  }

  private Groups() {
  }
}
