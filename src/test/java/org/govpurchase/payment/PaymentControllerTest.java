package org.govpurchase.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.govpurchase.contract.Contracts;
import org.govpurchase.identity.ApiSecurity;
import org.govpurchase.payment.PaymentViews.AgencyLateness;
import org.govpurchase.payment.PaymentViews.ContractPayments;
import org.govpurchase.payment.PaymentViews.InstalmentPayment;
import org.govpurchase.payment.PaymentViews.InstalmentRequest;
import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.supplier.SupplierService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The payment API's paths, roles and refusals through the real API security chains; services are mocks. */
@WebMvcTest(PaymentController.class)
@Import({ApiSecurity.class, PaymentControllerTest.TestBeans.class})
class PaymentControllerTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  static final InstalmentRequest REQUEST = new InstalmentRequest(1, 21, 9, 1, 1, "supplier1", NOW, "已完成", null, null,
      null, null);
  static final ContractPayments PAYMENTS = new ContractPayments(9, "AGENCY_BUDGET", List.of(new InstalmentPayment(21, 1,
      new BigDecimal("200000.00"), LocalDate.of(2026, 11, 20), "PENDING", NOW, null, null, 11)));

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean PaymentService service;
  @MockitoBean PaymentMessages process;
  @MockitoBean SupplierService suppliers;
  @MockitoBean Contracts contracts;
  @MockitoBean AgencyMembers agencyMembers;

  /** contract 9: SZFT-MZJ buys from supplier 7; contract 10: SZFT-WJJ from supplier 8 */
  void twoContracts() {
    when(contracts.terms(9)).thenReturn(new Contracts.ContractTerms(9, "SZ-1", true, 7, "SZFT-MZJ", null, List.of()));
    when(contracts.terms(10)).thenReturn(new Contracts.ContractTerms(10, "SZ-2", true, 8, "SZFT-WJJ", null, List.of()));
  }

  @Test
  void nobodyAnonymous() throws Exception {
    mvc.perform(post("/api/contracts/9/instalments/1/request")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/payments/lateness")).andExpect(status().isUnauthorized());
    verifyNoInteractions(service, process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void theSupplierRequestsAndTheProcessHearsIt() throws Exception {
    when(service.requestInstalment(9, 1, "supplier1", "已完成", NOW)).thenReturn(REQUEST);

    mvc.perform(post("/api/contracts/9/instalments/1/request").contentType(MediaType.APPLICATION_JSON)
            .content("{\"note\":\"已完成\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.instalmentId").value(21))
        .andExpect(jsonPath("$.attempt").value(1));
    verify(process).instalmentRequested(21, 1);
  }

  @Test
  @WithMockUser(username = "supplier9", roles = "supplier")
  void refusalsCarryTheirStatusAndMessage() throws Exception {
    when(service.requestInstalment(eq(2L), anyInt(), anyString(), any(), any()))
        .thenThrow(new PaymentDeniedException("合同2的乙方不是本承接主体，不能申请付款"));
    when(service.requestInstalment(eq(3L), anyInt(), anyString(), any(), any()))
        .thenThrow(new PaymentConflictException("合同3第1期已有待处理的付款申请"));
    when(service.requestInstalment(eq(9L), anyInt(), anyString(), any(), any())).thenReturn(REQUEST);
    doThrow(new PaymentConflictException("第1期当前不在等待付款申请")).when(process).instalmentRequested(21, 1);

    mvc.perform(post("/api/contracts/2/instalments/1/request")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("合同2的乙方不是本承接主体，不能申请付款"));
    mvc.perform(post("/api/contracts/3/instalments/1/request")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("合同3第1期已有待处理的付款申请"));
    mvc.perform(post("/api/contracts/9/instalments/1/request")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("第1期当前不在等待付款申请"));
    verify(process, never()).instalmentRequested(anyLong(), eq(2));
  }

  @Test
  @WithMockUser(username = "agency1", roles = "purchasing-agency")
  void onlySuppliersRequest() throws Exception {
    mvc.perform(post("/api/contracts/9/instalments/1/request")).andExpect(status().isForbidden());
    verifyNoInteractions(process);
  }

  @Test
  @WithMockUser(username = "finance1", roles = "finance-bureau")
  void theFinanceBureauReadsPaymentsAndLateness() throws Exception {
    when(service.payments(9, NOW)).thenReturn(PAYMENTS);
    when(service.lateness(NOW)).thenReturn(List.of(new AgencyLateness("SZ-MZ", 2, 1, 10, new BigDecimal("5.00"), 1)));

    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isOk())
        .andExpect(jsonPath("$.instalments[0].requestState").value("PENDING"))
        .andExpect(jsonPath("$.instalments[0].daysOverdue").value(11));
    mvc.perform(get("/api/payments/lateness")).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].agencyCode").value("SZ-MZ"))
        .andExpect(jsonPath("$[0].averageDaysLate").value(5.0));
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierReadsOnlyItsOwnContractsPaymentsAndNoLateness() throws Exception {
    twoContracts();
    when(suppliers.organizationOf("supplier1")).thenReturn(Optional.of(7L));
    when(service.payments(9, NOW)).thenReturn(PAYMENTS);

    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isOk());
    mvc.perform(get("/api/contracts/10/payments")).andExpect(status().isForbidden());
    mvc.perform(get("/api/payments/lateness")).andExpect(status().isForbidden());
    verify(service, never()).payments(eq(10L), any());
  }

  @Test
  @WithMockUser(username = "agency2", roles = "purchasing-agency")
  void anAgencysOfficerReadsOnlyItsOwnAgencysContracts() throws Exception {
    twoContracts();
    when(agencyMembers.agencyOf("agency2")).thenReturn(Optional.of("SZFT-WJJ"));
    when(service.payments(10, NOW)).thenReturn(PAYMENTS);

    mvc.perform(get("/api/contracts/10/payments")).andExpect(status().isOk());
    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isForbidden());
    mvc.perform(get("/api/payments/lateness")).andExpect(status().isForbidden());
    verify(service, never()).payments(eq(9L), any());
  }

  @Test
  @WithMockUser(username = "auditor", roles = "audit")
  void theAuditReadsEveryContractsPayments() throws Exception {
    when(service.payments(9, NOW)).thenReturn(PAYMENTS);
    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isOk());
    mvc.perform(post("/api/contracts/9/instalments/1/request")).andExpect(status().isForbidden());
    verifyNoInteractions(contracts, process);
  }

  @Test
  @WithMockUser(username = "expert1", roles = "expert")
  void othersReadNothing() throws Exception {
    mvc.perform(get("/api/contracts/9/payments")).andExpect(status().isForbidden());
    mvc.perform(get("/api/payments/lateness")).andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }
}
