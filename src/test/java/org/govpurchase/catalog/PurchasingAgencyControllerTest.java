package org.govpurchase.catalog;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.govpurchase.identity.ApiSecurity;

/**
 * The agency API's roles: the slice has Spring Boot's default security (login required) plus
 * method security, as identity.ApiSecurity enables it, so {@code @PreAuthorize} is really tried.
 */
@WebMvcTest(PurchasingAgencyController.class)
@Import(ApiSecurity.class)
class PurchasingAgencyControllerTest {


  static final String BODY = "{\"name\":\"福田区民政局\",\"active\":true}";

  @Autowired MockMvc mvc;
  @MockitoBean PurchasingAgencyService agencies;

  @Test
  @WithMockUser(roles = "purchasing-agency")
  void everySignedInUserReadsTheAgencies() throws Exception {
    when(agencies.all()).thenReturn(List.of(new PurchasingAgencyView("SZFT-MZJ", "福田区民政局", true)));

    mvc.perform(get("/api/agencies"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("SZFT-MZJ"))
        .andExpect(jsonPath("$[0].active").value(true));
  }

  @Test
  void nobodyElseDoes() throws Exception {
    mvc.perform(get("/api/agencies")).andExpect(status().isUnauthorized());
  }

  @Test
  @WithMockUser(roles = "finance-bureau")
  void theFinanceBureauKeepsThem() throws Exception {
    when(agencies.save("SZFT-MZJ", "福田区民政局", true)).thenReturn(new PurchasingAgencyView("SZFT-MZJ", "福田区民政局", true));

    mvc.perform(put("/api/agencies/SZFT-MZJ").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("福田区民政局"));
    verify(agencies).save("SZFT-MZJ", "福田区民政局", true);
  }

  @Test
  @WithMockUser(roles = "purchasing-agency")
  void othersMayNotChangeThem() throws Exception {
    mvc.perform(put("/api/agencies/SZFT-MZJ").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden());
    verifyNoInteractions(agencies);
  }

  @Test
  @WithMockUser(roles = "finance-bureau")
  void aBadAgencyIsABadRequestThatSaysWhy() throws Exception {
    when(agencies.save("szft x", null, null)).thenThrow(new InvalidRequestException("请填写购买主体名称"));

    mvc.perform(put("/api/agencies/szft x").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("请填写购买主体名称"));
    mvc.perform(put("/api/agencies/SZFT-MZJ").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("not json"))
        .andExpect(status().isBadRequest());
  }
}
