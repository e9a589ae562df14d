package org.govpurchase.supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.govpurchase.supplier.QualificationCheck.Unmet;
import org.govpurchase.supplier.SupplierViews.Disclosure;
import org.govpurchase.supplier.SupplierViews.EvidenceView;
import org.govpurchase.supplier.SupplierViews.Full;
import org.govpurchase.supplier.SupplierViews.Summary;
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
 * The supplier API's paths, views and roles. The slice gets a chain shaped like identity.ApiSecurity
 * (/api/public/** open, the rest signed in) plus method security, so {@code @PreAuthorize} is really
 * tried; the service is a mock.
 */
@WebMvcTest({SupplierController.class, PublicSupplierController.class})
@Import(ApiSecurity.class)
class SupplierControllerTest {


  static final String CODE = "52440300MJL0000012";
  static final Full SUNSHINE = new Full(1, CODE, "深圳市阳光社会工作服务中心",
      OrganizationType.SOCIAL_SERVICE_ORGANIZATION, "深圳市民政局", EvaluationGrade.A5, LocalDate.of(2029, 12, 31),
      SupplierStatus.ACTIVE, Instant.parse("2026-01-05T02:00:00Z"),
      List.of(new EvidenceView(SupplierCondition.LEGALLY_ESTABLISHED, "依法设立", "登记证书", "DOC-1", null,
          true, "registrar", Instant.parse("2026-01-05T02:00:00Z"), "registrar", Instant.parse("2026-01-05T02:00:00Z"))),
      List.of("supplier1"), List.of());
  static final Summary SUNSHINE_SUMMARY = new Summary(1, CODE, "深圳市阳光社会工作服务中心",
      OrganizationType.SOCIAL_SERVICE_ORGANIZATION, EvaluationGrade.A5, SupplierStatus.ACTIVE);
  static final Summary RAINBOW_SUMMARY = new Summary(2, "52440300MJL0000025", "深圳市彩虹长者服务社",
      OrganizationType.SOCIAL_SERVICE_ORGANIZATION, EvaluationGrade.A3, SupplierStatus.ACTIVE);
  static final String BODY = "{\"creditCode\":\"" + CODE + "\",\"name\":\"深圳市阳光社会工作服务中心\","
      + "\"organizationType\":\"SOCIAL_SERVICE_ORGANIZATION\",\"registrationAuthority\":\"深圳市民政局\","
      + "\"evaluationGrade\":\"A5\",\"gradeValidUntil\":\"2029-12-31\"}";
  static final SupplierRequest REQUEST = new SupplierRequest(CODE, "深圳市阳光社会工作服务中心",
      OrganizationType.SOCIAL_SERVICE_ORGANIZATION, "深圳市民政局", EvaluationGrade.A5, LocalDate.of(2029, 12, 31),
      null, null);
  static final String EVIDENCE = "{\"evidence\":\"近一年纳税证明\",\"validUntil\":\"2026-12-31\",\"verified\":%s}";

  @Autowired MockMvc mvc;
  @MockitoBean SupplierService service;
  @MockitoBean MemberUsers memberUsers;

  // ---- reading -------------------------------------------------------------------------------

  @Test
  void nobodyAnonymousReadsTheRegistry() throws Exception {
    mvc.perform(get("/api/suppliers")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/suppliers/1")).andExpect(status().isUnauthorized());
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(username = "finance", roles = "finance-bureau")
  void governmentUsersReadWholeRecords() throws Exception {
    when(service.all()).thenReturn(List.of(SUNSHINE));
    when(service.one(1)).thenReturn(SUNSHINE);

    mvc.perform(get("/api/suppliers"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].creditCode").value(CODE))
        .andExpect(jsonPath("$[0].evidence[0].condition").value("LEGALLY_ESTABLISHED"))
        .andExpect(jsonPath("$[0].members[0]").value("supplier1"));
    mvc.perform(get("/api/suppliers/1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registrationAuthority").value("深圳市民政局"))
        .andExpect(jsonPath("$.evidence[0].verifiedBy").value("registrar"));
  }

  @Test
  @WithMockUser(username = "auditor", roles = "audit")
  void theAuditorReadsWholeRecordsAndQualificationsAndChangesNothing() throws Exception {
    when(service.one(1)).thenReturn(SUNSHINE);
    when(service.qualification(1, LocalDate.of(2026, 3, 2), null)).thenReturn(
        new QualificationCheck(1, "深圳市阳光社会工作服务中心", LocalDate.of(2026, 3, 2), null,
            Set.of(SupplierCondition.values()), List.of()));

    mvc.perform(get("/api/suppliers/1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.evidence[0].verifiedBy").value("registrar"));
    mvc.perform(get("/api/suppliers/1/qualification").param("bidDate", "2026-03-02"))
        .andExpect(status().isOk());
    mvc.perform(put("/api/suppliers/1/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
        .content(EVIDENCE.formatted(true))).andExpect(status().isForbidden());
    verify(service, never()).recordEvidence(anyLong(), any(), any(), any(), anyBoolean());
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierReadsItsOwnWholeRecordAndThePublicPartOfOthers() throws Exception {
    when(service.organizationOf("supplier1")).thenReturn(Optional.of(1L));
    when(service.one(1)).thenReturn(SUNSHINE);
    when(service.summary(2)).thenReturn(RAINBOW_SUMMARY);
    when(service.summaries()).thenReturn(List.of(SUNSHINE_SUMMARY, RAINBOW_SUMMARY));

    mvc.perform(get("/api/suppliers/1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.evidence[0].evidence").value("登记证书"));
    mvc.perform(get("/api/suppliers/2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("深圳市彩虹长者服务社"))
        .andExpect(jsonPath("$.evaluationGrade").value("A3"))
        .andExpect(jsonPath("$.evidence").doesNotExist())
        .andExpect(jsonPath("$.members").doesNotExist())
        .andExpect(jsonPath("$.history").doesNotExist());
    mvc.perform(get("/api/suppliers"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].members[0]").value("supplier1"))
        .andExpect(jsonPath("$[1].name").value("深圳市彩虹长者服务社"))
        .andExpect(jsonPath("$[1].members").doesNotExist());
    verify(service, never()).one(2);
    verify(service, never()).all();
  }

  @Test
  @WithMockUser(username = "expert1", roles = "expert")
  void usersOutsideGovernmentAndTheSupplierSeeThePublicPart() throws Exception {
    when(service.organizationOf("expert1")).thenReturn(Optional.empty());
    when(service.summary(1)).thenReturn(SUNSHINE_SUMMARY);

    mvc.perform(get("/api/suppliers/1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("深圳市阳光社会工作服务中心"))
        .andExpect(jsonPath("$.evidence").doesNotExist());
    verify(service, never()).one(anyLong());
  }

  @Test
  @WithMockUser(roles = "registration-authority")
  void anUnknownSupplierIsNotFound() throws Exception {
    when(service.one(9)).thenThrow(new NoSuchElementException("承接主体9不存在"));

    mvc.perform(get("/api/suppliers/9"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("承接主体9不存在"));
  }

  @Test
  void anybodyLooksUpNameGradeAndStatusByCreditCode() throws Exception {
    when(service.disclosure(CODE)).thenReturn(Optional.of(
        new Disclosure(CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5, "5A", SupplierStatus.ACTIVE, "正常", null, null)));

    mvc.perform(get("/api/public/suppliers/" + CODE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("深圳市阳光社会工作服务中心"))
        .andExpect(jsonPath("$.evaluationGradeLabel").value("5A"))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.id").doesNotExist())
        .andExpect(jsonPath("$.evidence").doesNotExist())
        .andExpect(jsonPath("$.registrationAuthority").doesNotExist());
    mvc.perform(get("/api/public/suppliers/91440300MA5F00001A"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("统一社会信用代码为91440300MA5F00001A的承接主体未登记"));
  }

  @Test
  @WithMockUser(username = "supplier2", roles = "supplier")
  void aSupplierChecksOnlyItsOwnQualification() throws Exception {
    when(service.organizationOf("supplier2")).thenReturn(Optional.of(2L));
    when(service.qualification(2, LocalDate.of(2026, 3, 2), EvaluationGrade.A4)).thenReturn(
        new QualificationCheck(2, "深圳市彩虹长者服务社", LocalDate.of(2026, 3, 2), EvaluationGrade.A4,
            Set.of(SupplierCondition.values()),
            List.of(new Unmet(QualificationCheck.EVALUATION_GRADE, "社会组织评估等级为3A，要求4A及以上"))));

    mvc.perform(get("/api/suppliers/2/qualification").param("bidDate", "2026-03-02").param("minimumGrade", "A4"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.qualified").value(false))
        .andExpect(jsonPath("$.unmet[0].reason").value("社会组织评估等级为3A，要求4A及以上"))
        .andExpect(jsonPath("$.reasons").value("社会组织评估等级为3A，要求4A及以上"));
    mvc.perform(get("/api/suppliers/1/qualification").param("bidDate", "2026-03-02"))
        .andExpect(status().isForbidden());
    verify(service, never()).qualification(eq(1L), any(), any());
  }

  // ---- writing -------------------------------------------------------------------------------

  @Test
  @WithMockUser(username = "registrar", roles = "registration-authority")
  void theRegistrationAuthorityRegisters() throws Exception {
    when(service.register(REQUEST, "registrar")).thenReturn(SUNSHINE);

    mvc.perform(post("/api/suppliers").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/suppliers/1"))
        .andExpect(jsonPath("$.id").value(1));
    verify(service).register(REQUEST, "registrar");
  }

  @Test
  @WithMockUser(username = "finance", roles = "finance-bureau")
  void othersMayNotRegisterUpdateOrAddMembers() throws Exception {
    mvc.perform(post("/api/suppliers").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/suppliers/1").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/suppliers/1/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"supplier1\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierMayNotRegisterItselfNorAddMembers() throws Exception {
    mvc.perform(post("/api/suppliers").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/suppliers/1/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"friend\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(username = "registrar", roles = "registration-authority")
  void aBadSupplierIsABadRequestThatSaysWhy() throws Exception {
    when(service.update(1, new SupplierRequest(null, null, null, null, null, null, null, null), "registrar"))
        .thenThrow(new InvalidRequestException("请填写统一社会信用代码；请填写承接主体名称"));

    mvc.perform(put("/api/suppliers/1").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("请填写统一社会信用代码；请填写承接主体名称"));
    mvc.perform(put("/api/suppliers/1").contentType(MediaType.APPLICATION_JSON)
            .content("{\"organizationType\":\"CLUB\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/suppliers").contentType(MediaType.APPLICATION_JSON).content("not json"))
        .andExpect(status().isBadRequest());
    mvc.perform(put("/api/suppliers/1/evidence/NOT_A_CONDITION").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(true)))
        .andExpect(status().isBadRequest());
  }

  @Test
  @WithMockUser(username = "registrar", roles = "registration-authority")
  void theRegistrationAuthorityVerifiesEvidence() throws Exception {
    EvidenceRequest request = new EvidenceRequest("近一年纳税证明", null, LocalDate.of(2026, 12, 31), true);
    when(service.recordEvidence(1, SupplierCondition.TAX_AND_SOCIAL_SECURITY, request, "registrar", true))
        .thenReturn(new EvidenceView(SupplierCondition.TAX_AND_SOCIAL_SECURITY, "纳税", "近一年纳税证明", null,
            LocalDate.of(2026, 12, 31), true, "registrar", Instant.EPOCH, "registrar", Instant.EPOCH));

    mvc.perform(put("/api/suppliers/1/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(true)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(true))
        .andExpect(jsonPath("$.validUntil").value("2026-12-31"));
    verify(service).recordEvidence(1, SupplierCondition.TAX_AND_SOCIAL_SECURITY, request, "registrar", true);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aSupplierSubmitsItsOwnEvidenceButCannotVerifyIt() throws Exception {
    when(service.organizationOf("supplier1")).thenReturn(Optional.of(1L));
    EvidenceRequest request = new EvidenceRequest("近一年纳税证明", null, LocalDate.of(2026, 12, 31), false);
    when(service.recordEvidence(1, SupplierCondition.TAX_AND_SOCIAL_SECURITY, request, "supplier1", false))
        .thenReturn(new EvidenceView(SupplierCondition.TAX_AND_SOCIAL_SECURITY, "纳税", "近一年纳税证明", null,
            LocalDate.of(2026, 12, 31), false, null, null, "supplier1", Instant.EPOCH));
    EvidenceRequest selfVerified = new EvidenceRequest("近一年纳税证明", null, LocalDate.of(2026, 12, 31), true);
    when(service.recordEvidence(1, SupplierCondition.TAX_AND_SOCIAL_SECURITY, selfVerified, "supplier1", false))
        .thenThrow(new InvalidRequestException("证明材料须由登记管理机关核实，承接主体不能自行核实"));

    mvc.perform(put("/api/suppliers/1/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(false)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(false));
    mvc.perform(put("/api/suppliers/1/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(true)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("证明材料须由登记管理机关核实，承接主体不能自行核实"));
    // nor another organization's evidence
    mvc.perform(put("/api/suppliers/2/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(false)))
        .andExpect(status().isForbidden());
    verify(service, never()).recordEvidence(eq(2L), any(), any(), any(), anyBoolean());
  }

  @Test
  @WithMockUser(username = "finance", roles = "finance-bureau")
  void otherGovernmentUsersDoNotTouchEvidence() throws Exception {
    mvc.perform(put("/api/suppliers/1/evidence/TAX_AND_SOCIAL_SECURITY").contentType(MediaType.APPLICATION_JSON)
            .content(EVIDENCE.formatted(true)))
        .andExpect(status().isForbidden());
    verify(service, never()).recordEvidence(anyLong(), any(), any(), any(), anyBoolean());
  }

  @Test
  @WithMockUser(username = "registrar", roles = "registration-authority")
  void theRegistrationAuthorityAddsMembers() throws Exception {
    when(service.addMember(1, "supplier1", "registrar")).thenReturn(List.of("supplier1"));
    when(service.addMember(2, "supplier1", "registrar"))
        .thenThrow(new InvalidRequestException("用户「supplier1」已属于承接主体「深圳市阳光社会工作服务中心」，一个用户只能属于一个承接主体"));

    mvc.perform(post("/api/suppliers/1/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"supplier1\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0]").value("supplier1"));
    mvc.perform(post("/api/suppliers/2/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"supplier1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("用户「supplier1」已属于承接主体「深圳市阳光社会工作服务中心」，一个用户只能属于一个承接主体"));
  }

  @Test
  @WithMockUser(username = "registrar", roles = "registration-authority")
  void aMemberWhoIsNoSupplierUserIsRefusedAndNothingIsWritten() throws Exception {
    org.mockito.Mockito.doThrow(new InvalidRequestException("平台上没有用户「nobody」：请先创建该用户，再将其设为承接主体成员"))
        .when(memberUsers).requireSupplierUser("nobody");
    org.mockito.Mockito.doThrow(new InvalidRequestException("用户「finance」属于finance-bureau组，不能同时代表承接主体：一人只担任一种角色"))
        .when(memberUsers).requireSupplierUser("finance");

    mvc.perform(post("/api/suppliers/1/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"nobody\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("平台上没有用户「nobody」：请先创建该用户，再将其设为承接主体成员"));
    mvc.perform(post("/api/suppliers/1/members").contentType(MediaType.APPLICATION_JSON)
            .content("{\"userId\":\"finance\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("一人只担任一种角色")));
    verify(service, never()).addMember(anyLong(), any(), any());
  }
}
