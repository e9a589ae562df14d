package org.govpurchase.contract;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
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
import java.util.Map;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.identity.ApiSecurity;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The amendment API's paths, roles and refusals, through the real API security chains; services are mocks. */
@WebMvcTest(AmendmentController.class)
@Import({ApiSecurity.class, AmendmentControllerTest.TestBeans.class})
class AmendmentControllerTest {

  static final Instant NOW = Instant.parse("2027-02-01T02:00:00Z");
  static final String PROPOSAL_JSON = """
      {"newAmount": 528000, "instalments": [{"amount": 264000, "dueDate": "2027-03-01"},
       {"amount": 264000, "dueDate": "2027-09-01"}], "reason": "服务对象增加"}""";
  static final AmendmentProposal PROPOSAL = new AmendmentProposal(new BigDecimal("528000"), null,
      List.of(new Instalment(new BigDecimal("264000"), LocalDate.of(2027, 3, 1)),
          new Instalment(new BigDecimal("264000"), LocalDate.of(2027, 9, 1))),
      null, "服务对象增加");

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean AmendmentService service;
  @MockitoBean AmendmentMessages process;

  static AmendmentView amendment(long id, long contractId, ContractSide proposedBy, AmendmentStatus status) {
    return new AmendmentView(id, contractId, "SZ-2026-0001", 1, proposedBy,
        proposedBy == ContractSide.SUPPLIER ? "supplier1" : "agency1", NOW, "服务对象增加", new BigDecimal("480000.00"),
        new BigDecimal("528000"), LocalDate.of(2027, 10, 31), null, false, PROPOSAL.schedule(), null, status,
        status.label(), null, null, null, null, null, null, null, null);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void theSupplierProposesAndAProcessStarts() throws Exception {
    when(process.proposedBySupplier(9, "supplier1", PROPOSAL)).thenReturn("pi-7");
    when(service.propose("pi-7", 9, ContractSide.SUPPLIER, "supplier1", PROPOSAL, NOW))
        .thenReturn(amendment(4, 9, ContractSide.SUPPLIER, AmendmentStatus.PROPOSED));

    mvc.perform(post("/api/contracts/9/amendments").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL_JSON))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/contracts/9/amendments/4"))
        .andExpect(jsonPath("$.status").value("PROPOSED"))
        .andExpect(jsonPath("$.schedule[1].dueDate").value("2027-09-01"));
    // checked before anything starts, recorded under the instance that carries it
    InOrder order = inOrder(service, process);
    order.verify(service).check(9, ContractSide.SUPPLIER, "supplier1", PROPOSAL);
    order.verify(process).proposedBySupplier(9, "supplier1", PROPOSAL);
    order.verify(service).propose("pi-7", 9, ContractSide.SUPPLIER, "supplier1", PROPOSAL, NOW);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aProposalThatBreaksARuleStartsNothing() throws Exception {
    doThrow(new InvalidRequestException("增加的金额超过原合同金额的10%")).when(service)
        .check(anyLong(), any(), anyString(), any());

    mvc.perform(post("/api/contracts/9/amendments").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("增加的金额超过原合同金额的10%"));
    verify(process, never()).proposedBySupplier(anyLong(), anyString(), any());
    verify(service, never()).propose(any(), anyLong(), any(), any(), any(), any());
  }

  @Test
  @WithMockUser(username = "supplier9", roles = "supplier")
  void anotherOrganizationsContractIsForbidden() throws Exception {
    doThrow(new ContractAccessDeniedException("合同9的乙方不是本承接主体")).when(service)
        .check(anyLong(), any(), anyString(), any());

    mvc.perform(post("/api/contracts/9/amendments").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL_JSON))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("合同9的乙方不是本承接主体"));
    verifyNoInteractions(process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void theSupplierRefusesAndTheWaitingProcessHearsIt() throws Exception {
    when(service.amendmentsFor(9, "supplier1"))
        .thenReturn(List.of(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.PROPOSED)));
    when(service.answer(4, ContractSide.SUPPLIER, "supplier1", false, "不同意", NOW))
        .thenReturn(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.REFUSED));

    mvc.perform(post("/api/contracts/9/amendments/4/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"accept\":false,\"reason\":\"不同意\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFUSED"));
    InOrder order = inOrder(service, process);
    order.verify(service).answer(4, ContractSide.SUPPLIER, "supplier1", false, "不同意", NOW);
    order.verify(process).supplierAnswered(4, Map.of("amendmentAnswer", "REFUSE", "amendmentAnswerReason", "不同意",
        "amendmentAnsweredBy", "supplier1"));
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void anAnswerMustSayYesOrNo() throws Exception {
    mvc.perform(post("/api/contracts/9/amendments/4/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"再议\"}"))
        .andExpect(status().isBadRequest());
    verifyNoInteractions(service, process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void anAmendmentOfAnotherContractIsNotFound() throws Exception {
    // amendment 5 belongs to another contract: contract 9 of this supplier has only amendment 4
    when(service.amendmentsFor(9, "supplier1"))
        .thenReturn(List.of(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.PROPOSED)));

    mvc.perform(post("/api/contracts/9/amendments/5/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"accept\":true}"))
        .andExpect(status().isNotFound());
    verify(service, never()).answer(anyLong(), any(), any(), eq(true), any(), any());
    verifyNoInteractions(process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void anAnswerNobodyWaitsForIsAConflict() throws Exception {
    when(service.amendmentsFor(9, "supplier1"))
        .thenReturn(List.of(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.PROPOSED)));
    when(service.answer(anyLong(), any(), any(), eq(true), any(), any()))
        .thenReturn(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.AGREED));
    doThrow(new ContractConflictException("合同变更4已不在等待承接主体答复，答复未受理")).when(process)
        .supplierAnswered(eq(4L), anyMap());

    mvc.perform(post("/api/contracts/9/amendments/4/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"accept\":true}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("合同变更4已不在等待承接主体答复，答复未受理"));
  }

  @Test
  @WithMockUser(username = "agency1", roles = "purchasing-agency")
  void onlySuppliersUseIt() throws Exception {
    mvc.perform(post("/api/contracts/9/amendments").contentType(MediaType.APPLICATION_JSON).content(PROPOSAL_JSON))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/contracts/9/amendments/4/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"accept\":true}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/contracts/9/amendments")).andExpect(status().isForbidden());
    verifyNoInteractions(service, process);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void theSupplierListsItsContractsAmendments() throws Exception {
    when(service.amendmentsFor(9, "supplier1"))
        .thenReturn(List.of(amendment(4, 9, ContractSide.AGENCY, AmendmentStatus.IN_FORCE)));

    mvc.perform(get("/api/contracts/9/amendments"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(4))
        .andExpect(jsonPath("$[0].statusLabel").value("已生效"))
        .andExpect(jsonPath("$[0].newAmount").value(528000));
  }
}
