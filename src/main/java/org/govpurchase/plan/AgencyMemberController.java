package org.govpurchase.plan;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.govpurchase.identity.Groups;
import org.govpurchase.web.DeniedException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who works for which purchasing agency: the overseers read it, each agency's officers their own,
 * the finance bureau keeps it. One agency per user; PUT moves a user who works for another.
 */
@Profile("!workers") // as its service
@RestController
@RequestMapping("/api/agencies/{code}/members")
class AgencyMemberController {

  private final AgencyMemberService service;
  private final AgencyMembers agencies;

  AgencyMemberController(AgencyMemberService service, AgencyMembers agencies) {
    this.service = service;
    this.agencies = agencies;
  }

  @GetMapping
  @PreAuthorize(Groups.ANY_OVERSEER + " or hasRole('" + Groups.PURCHASING_AGENCY + "')")
  @Operation(summary = "The agency's members (engine user ids): overseers read every agency's, an officer their"
      + " own agency's (403 for another); 404 for an unknown agency")
  List<AgencyMemberService.MemberView> members(@PathVariable String code, Authentication user) {
    if (!Groups.isOverseer(user) && agencies.agencyOf(user.getName()).filter(code::equals).isEmpty()) {
      throw new DeniedException("只能查看本单位的人员");
    }
    return service.members(code);
  }

  @PutMapping("/{userId}")
  @PreAuthorize("hasRole('" + Groups.FINANCE_BUREAU + "')")
  @Operation(summary = "Make a purchasing-agency user a member of this active agency; moves them from"
      + " another agency (movedFrom), changes nothing if already a member")
  AgencyMemberService.Assignment assign(@PathVariable String code, @PathVariable String userId) {
    return service.assign(code, userId);
  }

  @DeleteMapping("/{userId}")
  @PreAuthorize("hasRole('" + Groups.FINANCE_BUREAU + "')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "End the user's membership of this agency; 404 if the user is not its member")
  void remove(@PathVariable String code, @PathVariable String userId) {
    service.remove(code, userId);
  }
}
