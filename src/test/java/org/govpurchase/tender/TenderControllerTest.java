package org.govpurchase.tender;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import java.util.Optional;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.ClarificationView;
import org.govpurchase.tender.TenderViews.PublicClarification;
import org.govpurchase.tender.TenderViews.PublicTender;
import org.govpurchase.tender.TenderViews.TenderSummary;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.web.InvalidRequestException;
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
import org.govpurchase.identity.ApiSecurity;

/**
 * The supplier tender API's paths, roles and refusals. The slice gets a chain shaped like
 * identity.ApiSecurity (/api/public/** open, the rest signed in) plus method security, so
 * {@code @PreAuthorize} is really tried; the service is a mock and the clock is fixed.
 */
@WebMvcTest({TenderController.class, PublicTenderController.class})
@Import({ApiSecurity.class, TenderControllerTest.TestBeans.class})
class TenderControllerTest {

  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {


    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  static final TenderView TENDER = new TenderView(7, "SZ-2026-0001", 3, ProcurementMethod.OPEN_TENDER,
      TenderStatus.ANNOUNCED, "居家养老服务项目", "持证社工不少于5名", LocalDate.of(2026, 3, 2), DEADLINE, DEADLINE,
      NOW, null, List.of(new ClarificationView(11, 7, "社工证书是否须为中级？", NOW, "初级及以上均可", NOW, null)));
  static final BidView BID = new BidView(21, 7, 5, 1, new BigDecimal("480000.00"), "方案", BidStatus.SUBMITTED,
      "supplier1", NOW, null);
  static final String BID_BODY = "{\"price\":480000.00,\"proposalSummary\":\"方案\"}";

  @Autowired MockMvc mvc;
  @MockitoBean TenderService service;
  @MockitoBean TenderingMessages process;

  @Test
  void nobodyAnonymousUsesTheSupplierApi() throws Exception {
    mvc.perform(get("/api/tenders")).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/tenders/7/bids").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isUnauthorized());
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(username = "finance", roles = "finance-bureau")
  void onlySuppliersUseTheSupplierApi() throws Exception {
    mvc.perform(get("/api/tenders")).andExpect(status().isForbidden());
    mvc.perform(post("/api/tenders/7/bids").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierListsOpenTendersAndReadsOne() throws Exception {
    when(service.openTenders(NOW)).thenReturn(List.of(new TenderSummary(7, "SZ-2026-0001", "居家养老服务项目",
        ProcurementMethod.OPEN_TENDER, TenderStatus.ANNOUNCED, DEADLINE)));
    when(service.tenderForSupplier(7, "supplier1")).thenReturn(TENDER);

    mvc.perform(get("/api/tenders"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].procurementNo").value("SZ-2026-0001"))
        .andExpect(jsonPath("$[0].bidDeadline").value("2026-03-23T01:30:00Z"));
    mvc.perform(get("/api/tenders/7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.procurementMethod").value("OPEN_TENDER"))
        .andExpect(jsonPath("$.clarifications[0].answer").value("初级及以上均可"));
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierAsksAQuestion() throws Exception {
    when(service.askClarification(7, "supplier1", "是否接受联合体投标？", NOW))
        .thenReturn(new ClarificationView(12, 7, "是否接受联合体投标？", NOW, null, null, null));

    mvc.perform(post("/api/tenders/7/clarifications").contentType(MediaType.APPLICATION_JSON)
            .content("{\"question\":\"是否接受联合体投标？\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(12));
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierSubmitsReplacesReadsAndWithdrawsItsBid() throws Exception {
    BigDecimal price = new BigDecimal("480000.00");
    when(service.submitBid(7, "supplier1", price, "方案", NOW)).thenReturn(BID);
    when(service.replaceMyBid(7, "supplier1", price, "方案", NOW)).thenReturn(BID);
    when(service.myBid(7, "supplier1")).thenReturn(Optional.of(BID));
    when(service.withdrawMyBid(7, "supplier1", NOW)).thenReturn(BID);

    mvc.perform(post("/api/tenders/7/bids").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/tenders/7/bids/mine"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.price").value(480000.00));
    mvc.perform(put("/api/tenders/7/bids/mine").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isOk());
    mvc.perform(get("/api/tenders/7/bids/mine"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    mvc.perform(delete("/api/tenders/7/bids/mine")).andExpect(status().isOk());

    verify(service).submitBid(7, "supplier1", price, "方案", NOW);
    verify(service).replaceMyBid(7, "supplier1", price, "方案", NOW);
    verify(service).withdrawMyBid(7, "supplier1", NOW);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void refusalsAreClearProblems() throws Exception {
    when(service.submitBid(eq(7L), eq("supplier1"), any(), any(), eq(NOW)))
        .thenThrow(new InvalidRequestException("招标项目「SZ-2026-0001」投标截止时间为2026-03-23 09:30（北京时间），截止后不能投标"));
    when(service.submitBid(eq(8L), eq("supplier1"), any(), any(), eq(NOW)))
        .thenThrow(new TenderConflictException("已提交投标（第1版，编号21），如需变更请修改或撤回该投标"));
    when(service.replaceMyBid(eq(7L), eq("supplier1"), any(), any(), eq(NOW)))
        .thenThrow(new BidAccessDeniedException("用户「supplier1」不属于任何承接主体，不能以承接主体身份操作"));
    when(service.withdrawMyBid(9, "supplier1", NOW)).thenThrow(new NoSuchElementException("招标项目9不存在"));
    when(service.myBid(anyLong(), eq("supplier1"))).thenReturn(Optional.empty());

    mvc.perform(post("/api/tenders/7/bids").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("截止后不能投标")));
    mvc.perform(post("/api/tenders/8/bids").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("修改或撤回")));
    mvc.perform(put("/api/tenders/7/bids/mine").contentType(MediaType.APPLICATION_JSON).content(BID_BODY))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不属于任何承接主体")));
    mvc.perform(delete("/api/tenders/9/bids/mine"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("招标项目9不存在"));
    mvc.perform(get("/api/tenders/7/bids/mine"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未对招标项目7投标")));
  }

  @Test
  void theAnnouncementIsPublicWithoutBidders() throws Exception {
    when(service.publicTender("SZ-2026-0001")).thenReturn(new PublicTender("SZ-2026-0001", "居家养老服务项目",
        ProcurementMethod.OPEN_TENDER, "公开招标", TenderStatus.ANNOUNCED, "持证社工不少于5名", LocalDate.of(2026, 3, 2),
        DEADLINE, DEADLINE, NOW, List.of(new PublicClarification("社工证书是否须为中级？", "初级及以上均可", NOW, null))));
    when(service.publicTender("SZ-2026-0404")).thenThrow(new NoSuchElementException("采购项目「SZ-2026-0404」没有招标公告"));

    mvc.perform(get("/api/public/tenders/SZ-2026-0001"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.procurementMethodLabel").value("公开招标"))
        .andExpect(jsonPath("$.bidDeadline").value("2026-03-23T01:30:00Z"))
        .andExpect(jsonPath("$.clarifications[0].answer").value("初级及以上均可"))
        .andExpect(jsonPath("$.clarifications[0].askedBy").doesNotExist())
        .andExpect(jsonPath("$.bids").doesNotExist());
    mvc.perform(get("/api/public/tenders/SZ-2026-0404")).andExpect(status().isNotFound());
  }
}
