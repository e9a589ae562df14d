package org.govpurchase.contract;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.govpurchase.identity.ApiSecurity;
import org.govpurchase.plan.FundingSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The contract API's paths, roles and refusals, through the real API security chains; services are mocks. */
@WebMvcTest({ContractController.class, PublicContractController.class})
@Import({ApiSecurity.class, ContractControllerTest.TestBeans.class})
class ContractControllerTest {

  static final Instant NOW = Instant.parse("2026-10-20T02:00:00Z");
  static final String NO = "SZ-2026-0001";
  static final List<Instalment> SCHEDULE = List.of(new Instalment(new BigDecimal("480000.00"), LocalDate.of(2027, 1, 5)));
  static final ContractView CONTRACT = new ContractView(9, NO, 3, 5, "SZ-MZ", "深圳市民政局", 7, "深圳市阳光社会工作服务中心",
      "52440300MJL0000012", new BigDecimal("480000.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31),
      FundingSource.AGENCY_BUDGET, FundingSource.AGENCY_BUDGET.label(), "内容", "要求", "违约", SCHEDULE,
      ContractStatus.SIGNING, "待签订", Instant.parse("2026-11-15T15:59:59Z"), null, null, "supplier1", NOW, null, null,
      null, null);

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean ContractService service;
  @MockitoBean ContractMessages process;

  @Test
  void nobodyAnonymousSigns() throws Exception {
    mvc.perform(post("/api/contracts/9/signature")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/contracts/mine")).andExpect(status().isUnauthorized());
    verifyNoInteractions(service, process);
  }

  @Test
  @WithMockUser(username = "agency", roles = "purchasing-agency")
  void onlySuppliersSign() throws Exception {
    mvc.perform(post("/api/contracts/9/signature")).andExpect(status().isForbidden());
    verifyNoInteractions(service, process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void theSupplierSignsAndTheProcessHearsIt() throws Exception {
    when(service.sign(9, "supplier1", NOW)).thenReturn(new ContractService.Signature(CONTRACT, true));
    when(service.mine("supplier1")).thenReturn(List.of(CONTRACT));

    mvc.perform(post("/api/contracts/9/signature"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/contracts/9/signature"))
        .andExpect(jsonPath("$.supplierSignedBy").value("supplier1"))
        .andExpect(jsonPath("$.signDeadline").value("2026-11-15T15:59:59Z"));
    verify(process).supplierSigned(9);
    mvc.perform(get("/api/contracts/mine"))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].instalments[0].amount").value(480000.00));
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void signingAgainTellsTheProcessNothing() throws Exception {
    when(service.sign(9, "supplier1", NOW)).thenReturn(new ContractService.Signature(CONTRACT, false));

    mvc.perform(post("/api/contracts/9/signature")).andExpect(status().isOk());
    verify(process, never()).supplierSigned(anyLong());
  }

  @Test
  @WithMockUser(username = "supplier9", roles = "supplier")
  void refusalsCarryTheirStatusAndMessage() throws Exception {
    when(service.sign(eq(1L), anyString(), any())).thenThrow(new NoSuchElementException("合同1不存在"));
    when(service.sign(eq(2L), anyString(), any()))
        .thenThrow(new ContractAccessDeniedException("合同2的乙方不是本承接主体，不能签订"));
    when(service.sign(eq(3L), anyString(), any())).thenReturn(new ContractService.Signature(CONTRACT, true));
    doThrow(new ContractConflictException("合同3的合同流程当前不在签订阶段，签字未受理")).when(process).supplierSigned(3);

    mvc.perform(post("/api/contracts/1/signature")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("合同1不存在"));
    mvc.perform(post("/api/contracts/2/signature")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("合同2的乙方不是本承接主体，不能签订"));
    mvc.perform(post("/api/contracts/3/signature")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("合同3的合同流程当前不在签订阶段，签字未受理"));
  }

  @Test
  void thePublishedContractIsPublicAndMissingBefore() throws Exception {
    when(service.publicContract(NO)).thenReturn(new PublicContract(NO, "居家养老服务", "深圳市民政局",
        "深圳市阳光社会工作服务中心", "52440300MJL0000012", new BigDecimal("480000.00"), LocalDate.of(2026, 11, 1),
        LocalDate.of(2027, 10, 31), "内容", "要求", SCHEDULE, FundingSource.AGENCY_BUDGET,
        FundingSource.AGENCY_BUDGET.label(), "违约", NOW, NOW, "HTBA-2026-000009", List.of()));
    when(service.publicContract("SZ-2026-0002")).thenThrow(new NoSuchElementException("合同尚未公告"));

    mvc.perform(get("/api/public/contracts/" + NO))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supplierName").value("深圳市阳光社会工作服务中心"))
        .andExpect(jsonPath("$.instalments[0].dueDate").value("2027-01-05"))
        .andExpect(jsonPath("$.filingReceiptNo").value("HTBA-2026-000009"));
    mvc.perform(get("/api/public/contracts/SZ-2026-0002")).andExpect(status().isNotFound());
  }
}
