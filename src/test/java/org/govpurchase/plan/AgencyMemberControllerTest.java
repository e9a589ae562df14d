package org.govpurchase.plan;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.govpurchase.identity.ApiSecurity;

/**
 * The member API's roles: the slice has Spring Boot's default security (login required) plus
 * method security, as identity.ApiSecurity enables it, so {@code @PreAuthorize} is really tried.
 */
@WebMvcTest(AgencyMemberController.class)
@Import(ApiSecurity.class)
class AgencyMemberControllerTest {


  static final String MEMBERS = "/api/agencies/SZFT-MZJ/members";

  @Autowired MockMvc mvc;
  @MockitoBean AgencyMemberService members;
  @MockitoBean AgencyMembers agencies;

  @Test
  @WithMockUser(roles = "finance-bureau")
  void theFinanceBureauReadsTheMembers() throws Exception {
    when(members.members("SZFT-MZJ")).thenReturn(List.of(new AgencyMemberService.MemberView("agency", "SZFT-MZJ")));

    mvc.perform(get(MEMBERS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].userId").value("agency"))
        .andExpect(jsonPath("$[0].agencyCode").value("SZFT-MZJ"));
  }

  @Test
  @WithMockUser(username = "agency", roles = "purchasing-agency")
  void soDoTheAgencysOwnOfficers() throws Exception {
    when(agencies.agencyOf("agency")).thenReturn(Optional.of("SZFT-MZJ"));
    when(members.members("SZFT-MZJ")).thenReturn(List.of());

    mvc.perform(get(MEMBERS)).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
  }

  @Test
  @WithMockUser(username = "agency2", roles = "purchasing-agency")
  void butNotAnotherAgencysOfficers() throws Exception {
    when(agencies.agencyOf("agency2")).thenReturn(Optional.of("SZFT-WJJ"));

    mvc.perform(get(MEMBERS)).andExpect(status().isForbidden());
    verifyNoInteractions(members);
  }

  @Test
  @WithMockUser(username = "auditor", roles = "audit")
  void theAuditReadsButDoesNotChangeThem() throws Exception {
    when(members.members("SZFT-MZJ")).thenReturn(List.of());

    mvc.perform(get(MEMBERS)).andExpect(status().isOk());
    mvc.perform(put(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
    mvc.perform(delete(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "supplier")
  void suppliersMayNeitherReadNorChangeThem() throws Exception {
    mvc.perform(get(MEMBERS)).andExpect(status().isForbidden());
    mvc.perform(put(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
    mvc.perform(delete(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
    verifyNoInteractions(members);
  }

  @Test
  @WithMockUser(roles = "purchasing-agency")
  void officersMayNotChangeThem() throws Exception {
    mvc.perform(put(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
    mvc.perform(delete(MEMBERS + "/agency").with(csrf())).andExpect(status().isForbidden());
    verifyNoInteractions(members);
  }

  @Test
  void anonymousCallersMustSignIn() throws Exception {
    mvc.perform(get(MEMBERS)).andExpect(status().isUnauthorized());
    mvc.perform(put(MEMBERS + "/agency").with(csrf())).andExpect(status().isUnauthorized());
    mvc.perform(delete(MEMBERS + "/agency").with(csrf())).andExpect(status().isUnauthorized());
    verifyNoInteractions(members);
  }

  @Test
  @WithMockUser(roles = "finance-bureau")
  void theFinanceBureauAssignsAndMovesOfficers() throws Exception {
    when(members.assign("SZFT-MZJ", "agency"))
        .thenReturn(new AgencyMemberService.Assignment("agency", "SZFT-MZJ", "SZFT-WJJ", true));

    mvc.perform(put(MEMBERS + "/agency").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value("agency"))
        .andExpect(jsonPath("$.agencyCode").value("SZFT-MZJ"))
        .andExpect(jsonPath("$.movedFrom").value("SZFT-WJJ"))
        .andExpect(jsonPath("$.changed").value(true));
    verify(members).assign("SZFT-MZJ", "agency");
  }

  @Test
  @WithMockUser(roles = "finance-bureau")
  void theFinanceBureauRemovesOfficers() throws Exception {
    mvc.perform(delete(MEMBERS + "/agency").with(csrf())).andExpect(status().isNoContent());
    verify(members).remove("SZFT-MZJ", "agency");
  }

  @Test
  @WithMockUser(roles = "finance-bureau")
  void refusalsSayWhy() throws Exception {
    when(members.assign("SZFT-MZJ", "finance"))
        .thenThrow(new InvalidRequestException("用户「finance」不属于购买主体用户组"));
    when(members.assign("SZFT-NONE", "agency")).thenThrow(new NoSuchElementException("购买主体「SZFT-NONE」不存在"));
    doThrow(new NoSuchElementException("用户「agency2」不是购买主体「福田区民政局」的人员"))
        .when(members).remove("SZFT-MZJ", "agency2");

    mvc.perform(put(MEMBERS + "/finance").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("用户「finance」不属于购买主体用户组"));
    mvc.perform(put("/api/agencies/SZFT-NONE/members/agency").with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("购买主体「SZFT-NONE」不存在"));
    mvc.perform(delete(MEMBERS + "/agency2").with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("用户「agency2」不是购买主体「福田区民政局」的人员"));
  }
}
