package org.govpurchase.supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govpurchase.identity.Groups;
import org.govpurchase.supplier.SupplierViews.EvidenceView;
import org.govpurchase.supplier.SupplierViews.Full;
import org.govpurchase.supplier.SupplierViews.SupplierRecord;
import org.springframework.context.annotation.Profile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier registry. Government users read whole records; a supplier's members read their own
 * whole record and the public part of the others. The registration authority registers, updates
 * and verifies; a supplier's members may submit (never verify) their own evidence.
 */
@RestController
@Profile("!workers") // as the member check it uses
@RequestMapping("/api/suppliers")
@Tag(name = "承接主体", description = "Supplier registry: social organizations, evidence for the seven conditions, members")
class SupplierController {

  /** the groups that see whole records of every supplier (audit reads everything, issue 11) */
  static final Set<String> GOVERNMENT = Set.of(Groups.PURCHASING_AGENCY, Groups.FINANCE_BUREAU,
      Groups.GOVERNMENT_OFFICE, Groups.REGISTRATION_AUTHORITY, Groups.PROCUREMENT_AGENCY,
      Groups.THIRD_PARTY_EVALUATOR, Groups.SUPERVISION, Groups.AUDIT);

  /** body of POST /{id}/members: {@code {"userId":"supplier1"}} */
  record MemberRequest(String userId) {
  }

  private final SupplierService service;
  private final MemberUsers memberUsers;

  SupplierController(SupplierService service, MemberUsers memberUsers) {
    this.service = service;
    this.memberUsers = memberUsers;
  }

  @GetMapping
  @Operation(summary = "All suppliers: whole records, or the public part of other organizations for supplier users")
  List<? extends SupplierRecord> all(Authentication user) {
    if (government(user)) {
      return service.all();
    }
    Optional<Long> own = service.organizationOf(user.getName());
    return service.summaries().stream()
        .map(s -> own.isPresent() && own.get() == s.id() ? service.one(s.id()) : s)
        .toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One supplier: the whole record for government users and its own members, else the public part")
  SupplierRecord one(@PathVariable long id, Authentication user) {
    return mayReadWhole(id, user) ? service.one(id) : service.summary(id);
  }

  @GetMapping("/{id}/qualification")
  @Operation(summary = "Which of the seven conditions (and the minimum grade, if given) hold on the bid date")
  QualificationCheck qualification(@PathVariable long id,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bidDate,
      @RequestParam(required = false) EvaluationGrade minimumGrade, Authentication user) {
    if (!mayReadWhole(id, user)) {
      throw new AccessDeniedException("only government users and the supplier's own members");
    }
    return service.qualification(id, bidDate, minimumGrade);
  }

  @PostMapping
  @PreAuthorize("hasRole('" + Groups.REGISTRATION_AUTHORITY + "')")
  @Operation(summary = "Register a supplier (registration authority)")
  ResponseEntity<Full> register(@RequestBody SupplierRequest request, Authentication user) {
    Full created = service.register(request, user.getName());
    return ResponseEntity.created(URI.create("/api/suppliers/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('" + Groups.REGISTRATION_AUTHORITY + "')")
  @Operation(summary = "Update a supplier's registration, grade or status (registration authority)")
  Full update(@PathVariable long id, @RequestBody SupplierRequest request, Authentication user) {
    return service.update(id, request, user.getName());
  }

  @PutMapping("/{id}/evidence/{condition}")
  @Operation(summary = "Record the evidence for one condition: the registration authority may verify it, "
      + "the supplier's own members may submit it unverified")
  EvidenceView evidence(@PathVariable long id, @PathVariable SupplierCondition condition,
      @RequestBody EvidenceRequest request, Authentication user) {
    boolean authority = hasGroup(user, Groups.REGISTRATION_AUTHORITY);
    if (!authority && !member(id, user)) {
      throw new AccessDeniedException("only the registration authority and the supplier's own members");
    }
    return service.recordEvidence(id, condition, request, user.getName(), authority);
  }

  @PostMapping("/{id}/members")
  @PreAuthorize("hasRole('" + Groups.REGISTRATION_AUTHORITY + "')")
  @Operation(summary = "Make a user a member of the supplier (registration authority)")
  List<String> addMember(@PathVariable long id, @RequestBody MemberRequest request, Authentication user) {
    memberUsers.requireSupplierUser(request.userId());
    return service.addMember(id, request.userId(), user.getName());
  }

  private boolean mayReadWhole(long id, Authentication user) {
    return government(user) || member(id, user);
  }

  private boolean member(long id, Authentication user) {
    return hasGroup(user, Groups.SUPPLIER)
        && service.organizationOf(user.getName()).filter(own -> own == id).isPresent();
  }

  private static boolean government(Authentication user) {
    return GOVERNMENT.stream().anyMatch(group -> hasGroup(user, group));
  }

  private static boolean hasGroup(Authentication user, String group) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(("ROLE_" + group)::equals);
  }
}
