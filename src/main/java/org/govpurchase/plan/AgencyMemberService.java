package org.govpurchase.plan;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.IdentityService;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.identity.Groups;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works for which purchasing agency (购买主体), kept by the finance bureau: an officer can draft
 * a purchase plan only for the agency they are a member of. One agency per user; every refusal is
 * an {@link InvalidRequestException} (400) or a {@link NoSuchElementException} (404), and nothing
 * is written.
 */
@Profile("!workers") // the workers role has no engine, so no identity service
@Service
@Transactional(readOnly = true)
class AgencyMemberService {

  /** the length of {@code purchasing_agency_member.user_id} (and of the engine's user ids) */
  static final int MAX_USER_ID = 64;

  /** a member as the API shows it */
  record MemberView(String userId, String agencyCode) {
  }

  /**
   * The outcome of assigning a user: {@code movedFrom} is the agency the user left, null when the
   * user had none or already worked for this one; {@code changed} is false when nothing was written.
   */
  record Assignment(String userId, String agencyCode, String movedFrom, boolean changed) {
  }

  private final AgencyMemberRepository members;
  private final CatalogLookup catalog;
  private final IdentityService identity;
  private final AgencyTenants tenants;

  AgencyMemberService(AgencyMemberRepository members, CatalogLookup catalog, IdentityService identity,
      AgencyTenants tenants) {
    this.members = members;
    this.catalog = catalog;
    this.identity = identity;
    this.tenants = tenants;
  }

  /**
   * The engine's tenants mirror this register (the engine then keeps each agency's procurements to
   * its own officers): at every start, after the agencies' tenants (2) and the demo members (6).
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(8)
  @Transactional
  public void mirrorIntoTenants() {
    Map<String, Set<String>> byAgency = members.findAll().stream().collect(Collectors.groupingBy(
        AgencyMember::getAgencyCode, Collectors.mapping(AgencyMember::getUserId, Collectors.toSet())));
    tenants.reconcile(byAgency);
  }

  /** Maps the user to the agency unless they already have one (demo data). */
  @Transactional
  boolean ensureMember(String userId, String agencyCode) {
    if (members.existsById(userId) || catalog.agency(agencyCode).isEmpty()) {
      return false;
    }
    members.saveAndFlush(new AgencyMember(userId, agencyCode));
    tenants.join(userId, agencyCode);
    return true;
  }

  /**
   * The agency's members by user id, whether the agency is active or not.
   *
   * @throws NoSuchElementException when there is no such agency
   */
  List<MemberView> members(String agencyCode) {
    agency(agencyCode);
    return members.findAll(Example.of(new AgencyMember(null, agencyCode)), Sort.by("userId")).stream()
        .map(member -> new MemberView(member.getUserId(), member.getAgencyCode()))
        .toList();
  }

  /**
   * Makes the user a member of the agency. A user works for one agency only, so a user who works
   * for another agency is <b>moved</b>: the old membership is replaced, and the answer names the
   * agency left in {@code movedFrom}. Assigning a user to the agency they already work for changes
   * nothing (idempotent).
   *
   * @throws NoSuchElementException when there is no such agency
   * @throws InvalidRequestException when the agency is inactive, or the user is not an engine user
   *     in group {@value Groups#PURCHASING_AGENCY}; nothing is written
   */
  @Transactional
  Assignment assign(String agencyCode, String userId) {
    CatalogLookup.Agency agency = agency(agencyCode);
    if (!agency.active()) {
      throw new InvalidRequestException("购买主体「" + agency.name() + "」（" + agency.code()
          + "）已停用，不能增加人员 / purchasing agency " + agency.code() + " is inactive");
    }
    checkUser(userId);
    Optional<String> current = members.findById(userId).map(AgencyMember::getAgencyCode);
    if (current.isPresent() && current.get().equals(agency.code())) {
      return new Assignment(userId, agency.code(), null, false);
    }
    // an upsert: merge copies the new agency onto a stored membership, or inserts one
    members.saveAndFlush(new AgencyMember(userId, agency.code()));
    tenants.join(userId, agency.code());
    return new Assignment(userId, agency.code(), current.orElse(null), true);
  }

  /**
   * Ends the user's membership of the agency. Allowed for inactive agencies and for users no
   * longer in the engine, so stale memberships can always be cleared.
   *
   * @throws NoSuchElementException when there is no such agency, or the user is not its member
   *     (a member of another agency is left alone)
   */
  @Transactional
  void remove(String agencyCode, String userId) {
    CatalogLookup.Agency agency = agency(agencyCode);
    AgencyMember member = members.findById(userId)
        .filter(m -> m.getAgencyCode().equals(agency.code()))
        .orElseThrow(() -> new NoSuchElementException("用户「" + userId + "」不是购买主体「" + agency.name()
            + "」的人员 / user " + userId + " is not a member of purchasing agency " + agency.code()));
    members.delete(member);
    members.flush();
    tenants.leave(userId, agency.code());
  }

  private CatalogLookup.Agency agency(String code) {
    return catalog.agency(code).orElseThrow(() -> new NoSuchElementException(
        "购买主体「" + code + "」不存在 / no purchasing agency " + code));
  }

  private void checkUser(String userId) {
    if (StringUtils.isBlank(userId) || userId.length() > MAX_USER_ID) {
      throw new InvalidRequestException("用户名须为1至" + MAX_USER_ID + "个字符 / user id must be 1 to "
          + MAX_USER_ID + " characters");
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw new InvalidRequestException("用户「" + userId + "」不存在 / no such user: " + userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.PURCHASING_AGENCY).count() == 0) {
      throw new InvalidRequestException("用户「" + userId + "」不属于购买主体用户组（" + Groups.PURCHASING_AGENCY
          + "），不能登记为购买主体人员 / user " + userId + " is not in group " + Groups.PURCHASING_AGENCY);
    }
  }
}
