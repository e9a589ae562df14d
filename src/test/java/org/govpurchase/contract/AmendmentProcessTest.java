package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.contract.AmendmentProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.award.AwardService;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.identity.Groups;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.WorkerRun;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.RepositoryService;
import org.govpurchase.calendar.StatutoryPeriods;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.govpurchase.calendar.BeijingTime;

/**
 * processes/contract-amendment.bpmn on the real engine with the real domain: a filed contract of
 * 480,000 yuan (the award's price) for 阳光 (demo user supplier1), two instalments. The agency
 * proposes through the start form, the supplier through the API controller; the process's workers
 * run as they would in the workers node ({@link WorkerRun}).
 */
@ProcessTest
class AmendmentProcessTest {

  static final String NO = "SZ-2027-0963";
  static final String SUPPLIER = "supplier1";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AmendmentService amendments;
  @Autowired ContractService contracts;
  @Autowired AwardService awards;
  @Autowired AmendmentController api;
  @Autowired JdbcTemplate jdbc;
  @Autowired StatutoryPeriods periods;
  @Autowired java.time.Clock clock;
  @Autowired RepositoryService repositoryService;

  PlanFixture plans;
  long contractId;
  Long awardId;

  static Instant at(String beijingDateTime) {
    return LocalDateTime.parse(beijingDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void filedContract() {
    BpmnAwareTests.init(engine);
    // the demo agency whose officer is the demo user agency: only its officers propose for 甲方
    plans = new PlanFixture(jdbc, "SZFT-MZJ", "深圳市福田区民政局", 2027);
    long planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    ContractFixture contractFixture = new ContractFixture(awards, contracts);
    Instant announced = at("2026-10-16T10:00");
    awardId = contractFixture.announcedAward(planId, NO, "52440300MJL0000012", new BigDecimal("480000.00"),
        announced);
    contractId = contractFixture.draftedContract("pi-none", awardId,
        List.of(new Instalment(new BigDecimal("240000.00"), LocalDate.of(2026, 12, 1)),
            new Instalment(new BigDecimal("240000.00"), LocalDate.of(2027, 6, 1))), announced);
    contractFixture.signedAndPublished(contractId, SUPPLIER, at("2026-10-20T09:00"), "agency",
        at("2026-10-20T10:00"));
    contractFixture.filed(contractId, at("2026-10-21T10:00"), "finance", at("2026-10-22T10:00"));
  }

  @AfterEach
  void cleanUp() {
    Clock.resetEngineClock();
    identityService.clearAuthentication();
    SecurityContextHolder.clearContext();
    List<String> left = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(ProcessInstance::getId).toList();
    if (!left.isEmpty()) {
      runtimeService.deleteProcessInstances(left, "test over", true, true);
    }
    jdbc.update("delete from instalment_request where instalment_id in"
        + " (select id from contract_instalment where contract_id = ?)", contractId);
    jdbc.update("delete from contract_filing where contract_id = ?", contractId);
    jdbc.update("delete from contract_amendment_instalment where amendment_id in"
        + " (select id from contract_amendment where contract_id = ?)", contractId);
    jdbc.update("delete from contract_amendment where contract_id = ?", contractId);
    jdbc.update("delete from contract_instalment where contract_id = ?", contractId);
    jdbc.update("delete from contract where id = ?", contractId);
    jdbc.update("delete from award where id = ?", awardId);
    plans.cleanUp();
  }

  @Test
  void aSupplementAboveTenPercentOfTheOriginalIsRefusedEvenAfterAnEarlierOne() {
    Clock.setEngineClock("2026-11-02T10:00");
    // 480,000 + 10% = 528,000: one fen more is refused at the start, nothing is written
    assertThatThrownBy(() -> proposeAsAgency(amount("528000.01", "240000.00", "288000.01")))
        .hasMessageContaining("10%").hasMessageContaining("528000.00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    assertThat(amendments.amendments(contractId)).isEmpty();

    // 504,000 (+5%): the supplier accepts, it takes effect, is re-published and filed
    ProcessInstance first = proposeAsAgency(amount("504000.00", "240000.00", "264000.00"));
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    assertThat(first).isWaitingAt(GATEWAY_AWAIT_SUPPLIER_ANSWER).variables()
        .containsEntry(VAR_PROPOSED_BY, "AGENCY").containsEntry(VAR_PROPOSER, "agency")
        .containsEntry(VAR_SHORTENS_TERM, false).containsEntry(VAR_PROCUREMENT_NO, NO);
    long amendmentId = (Long) runtimeService.getVariable(first.getId(), VAR_AMENDMENT_ID);
    answerAsSupplier(amendmentId, true, null);
    // the API recorded the supplier's answer: the process does not record it again
    assertThat(amendments.amendment(amendmentId).status()).isEqualTo(AmendmentStatus.AGREED);
    assertThat(first).hasNotPassed(TASK_RECORD_ANSWER).isWaitingAt(TASK_TAKE_EFFECT);
    WorkerRun.run(engine, TOPIC_TAKE_EFFECT, new TakeEffectWorker(amendments, clock));
    assertThat(first).hasNotPassed(TASK_APPROVE_TERM);
    fileAmendment(first);
    assertThat(first).isEnded().hasPassed(END_FILED);
    ContractViews.PublicContract published = contracts.publicContract(NO);
    assertThat(published.amount()).isEqualByComparingTo("504000.00");
    assertThat(published.instalments()).extracting(Instalment::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("240000"), new BigDecimal("264000"));
    assertThat(published.amendments()).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(AmendmentStatus.FILED);
      assertThat(a.filingReceiptNo()).matches("HTBA-\\d{4}-\\d{6}-B1");
    });

    // the cap counts from the original 480,000, not from 504,000: 530,000 is refused, before any process starts
    assertThatThrownBy(() -> proposeAsSupplier(amount("530000.00", "240000.00", "290000.00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("528000.00");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    assertThat(amendments.amendments(contractId)).hasSize(1);
  }

  @Test
  void aShortenedTermNeedsTheFinanceBureauWhoMayRefuseIt() {
    Clock.setEngineClock("2026-09-28T10:00");
    // one year squeezed into eight months, proposed by the supplier; the agency answers in Tasklist
    ProcessInstance refused = proposeAsSupplier(shortened());
    assertThat(refused).isWaitingAt(TASK_REGISTER);
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    Task answer = task(TASK_ANSWER, refused);
    assertThat(answer).hasCandidateGroup(AgencyTenants.officersGroup("SZFT-MZJ"));
    // 10 working days across National Day: Sep 29, 30, Oct 8, 9, the make-up Saturday Oct 10, 12 … 16
    assertThat(answer.getDueDate()).isEqualTo(beijing("2026-10-16T23:59:59"));
    assertThat((String) runtimeService.getVariable(refused.getId(), VAR_SUMMARY))
        .contains("2027-10-31 → 2027-06-30", "须经财政部门同意");
    assertThatThrownBy(() -> completeAs("agency", answer, Map.of(VAR_ANSWER, REFUSE)))
        .hasMessageContaining("amendmentAnswerReason");
    completeAs("agency", answer, Map.of(VAR_ANSWER, ACCEPT));
    WorkerRun.run(engine, TOPIC_RECORD_ANSWER, new RecordAmendmentAnswerWorker(amendments, clock));
    Task approval = task(TASK_APPROVE_TERM, refused);
    assertThat(approval).hasCandidateGroup(Groups.FINANCE_BUREAU);
    // the finance bureau has 10 working days (Sep 29 … Oct 16), then supervision is called
    Date approvalDeadline = beijing("2026-10-16T23:59:59");
    assertThat(approval.getDueDate()).isEqualTo(approvalDeadline);
    assertThat(job(EVENT_TERM_APPROVAL_OVERDUE, refused).getDuedate()).isEqualTo(approvalDeadline);
    execute(job(EVENT_TERM_APPROVAL_OVERDUE, refused));
    assertThat(refused).isWaitingAt(TASK_APPROVE_TERM, CALL_SUPERVISE_TERM_APPROVAL);
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(refused.getId())
        .singleResult();
    assertThat(supervision.getBusinessKey()).isEqualTo(refused.getBusinessKey());
    assertThat(runtimeService.getVariables(supervision.getId())).containsEntry("overdueActivity", TASK_APPROVE_TERM);
    assertThat((String) runtimeService.getVariable(supervision.getId(), "supervisionSubject"))
        .contains(NO, "缩短服务期限", "10个工作日");
    completeAs("finance", approval, Map.of(VAR_TERM_DECISION, REFUSE, VAR_TERM_DECISION_REASON, "服务目标无法在八个月内完成"));
    WorkerRun.run(engine, TOPIC_RECORD_TERM_DECISION, new RecordTermDecisionWorker(amendments, clock));
    // refused; the escalation it caused runs on until the supervisor is done
    assertThat(refused).hasPassed(END_TERM_REFUSED).isWaitingAt(CALL_SUPERVISE_TERM_APPROVAL);
    assertThat(amendments.amendments(contractId)).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(AmendmentStatus.TERM_REFUSED);
      assertThat(a.closingReason()).isEqualTo("服务目标无法在八个月内完成");
    });
    assertThat(contracts.contract(contractId).termEnd()).isEqualTo(LocalDate.of(2027, 10, 31));

    // proposed again, approved: the contract ends 2027-06-30, is re-published within 2 working days
    // (Sep 29, 30) and filed again within 7 (Sep 29, 30, Oct 8, 9, the make-up Saturday Oct 10, 12, 13)
    ProcessInstance approved = proposeAsSupplier(shortened());
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    completeAs("agency", task(TASK_ANSWER, approved), Map.of(VAR_ANSWER, ACCEPT));
    WorkerRun.run(engine, TOPIC_RECORD_ANSWER, new RecordAmendmentAnswerWorker(amendments, clock));
    completeAs("finance", task(TASK_APPROVE_TERM, approved), Map.of(VAR_TERM_DECISION, APPROVE));
    WorkerRun.run(engine, TOPIC_RECORD_TERM_DECISION, new RecordTermDecisionWorker(amendments, clock));
    assertThat(approved).isWaitingAt(TASK_TAKE_EFFECT).variables().containsKey(VAR_AGREED_AT);
    assertThat(job(EVENT_PUBLICATION_OVERDUE, approved).getDuedate()).isEqualTo(beijing("2026-09-30T23:59:59"));
    WorkerRun.run(engine, TOPIC_TAKE_EFFECT, new TakeEffectWorker(amendments, clock));
    assertThat(contracts.contract(contractId).termEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
    WorkerRun.run(engine, ContractProcess.TOPIC_SUBMIT_FILING, new SubmitFilingWorker(contracts, clock));
    assertThat(task(ContractProcess.TASK_ACCEPT_FILING, approved).getDueDate()).isEqualTo(beijing("2026-10-13T23:59:59"));
    completeAs("finance", task(ContractProcess.TASK_ACCEPT_FILING, approved),
        Map.of(ContractProcess.VAR_FILING_DECISION, "ACCEPT"));
    WorkerRun.run(engine, ContractProcess.TOPIC_RECORD_FILING, new RecordFilingWorker(contracts, clock));
    assertThat(approved).isEnded().hasPassed(END_FILED);
    assertThat(amendments.amendments(contractId)).extracting(AmendmentView::status)
        .containsExactly(AmendmentStatus.TERM_REFUSED, AmendmentStatus.FILED);
  }

  @Test
  void anUnansweredProposalLapsesAndALateAnswerChangesNothing() {
    Clock.setEngineClock("2026-09-28T10:00");
    ProcessInstance lapsing = proposeAsAgency(Map.of(VAR_FUNDS_USE, "结余资金用于增加入户探访次数",
        VAR_REASON, "服务对象增加"));
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    assertThat(job(EVENT_SUPPLIER_ANSWER_LAPSED, lapsing).getDuedate()).isEqualTo(beijing("2026-10-16T23:59:59"));
    execute(job(EVENT_SUPPLIER_ANSWER_LAPSED, lapsing));
    WorkerRun.run(engine, TOPIC_RECORD_LAPSE, new RecordAmendmentLapseWorker(amendments, periods));
    assertThat(lapsing).isEnded().hasPassed(END_LAPSED);
    long amendmentId = amendments.amendments(contractId).get(0).id();
    assertThat(amendments.amendment(amendmentId).status()).isEqualTo(AmendmentStatus.LAPSED);

    assertThatThrownBy(() -> answerAsSupplier(amendmentId, true, null)).isInstanceOf(ContractConflictException.class);
    assertThat(amendments.amendment(amendmentId).status()).isEqualTo(AmendmentStatus.LAPSED);
  }

  @Test
  void anAgencyThatLetsTheSuppliersProposalLapseIsSupervisedAndTheLapseRecordedAtOnce() {
    Clock.setEngineClock("2026-09-28T10:00");
    ProcessInstance lapsing = proposeAsSupplier(shortened());
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    assertThat(job(EVENT_AGENCY_ANSWER_LAPSED, lapsing).getDuedate()).isEqualTo(beijing("2026-10-16T23:59:59"));
    execute(job(EVENT_AGENCY_ANSWER_LAPSED, lapsing));
    assertThat(lapsing).isWaitingAt(CALL_SUPERVISE_ANSWER, TASK_RECORD_LAPSE);
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(lapsing.getId())
        .singleResult();
    // the answer task is gone with the interrupting timer: the late party is the model's candidate group
    assertThat(runtimeService.getVariables(supervision.getId())).containsEntry("overdueActivity", TASK_ANSWER)
        .containsEntry("procurementNo", NO).containsEntry("lateParty", "agency-SZFT-MZJ");
    assertThat((String) runtimeService.getVariable(supervision.getId(), "supervisionSubject"))
        .contains(NO, "购买主体未在10个工作日内答复");
    // the contract is free for a new proposal while supervision follows up
    WorkerRun.run(engine, TOPIC_RECORD_LAPSE, new RecordAmendmentLapseWorker(amendments, periods));
    assertThat(lapsing).isWaitingAt(CALL_SUPERVISE_ANSWER).hasPassed(TASK_RECORD_LAPSE);
    long amendmentId = (Long) runtimeService.getVariable(lapsing.getId(), VAR_AMENDMENT_ID);
    assertThat(amendments.amendment(amendmentId).status()).isEqualTo(AmendmentStatus.LAPSED);
  }

  @Test
  void aChangeToAnInstalmentRequestedMeanwhileDoesNotTakeEffect() {
    Clock.setEngineClock("2026-11-02T10:00");
    ProcessInstance instance = proposeAsAgency(amount(null, "200000.00", "280000.00"));
    WorkerRun.run(engine, TOPIC_REGISTER, new RegisterAmendmentWorker(amendments, clock));
    long amendmentId = (Long) runtimeService.getVariable(instance.getId(), VAR_AMENDMENT_ID);
    // the supplier requests instalment 1 before it answers (the payment API writes this row)
    jdbc.update("insert into instalment_request (instalment_id, attempt, requested_by, requested_at)"
        + " select id, 1, 'supplier1', ? from contract_instalment where contract_id = ? and seq = 1",
        java.sql.Timestamp.from(at("2026-11-02T11:00")), contractId);
    answerAsSupplier(amendmentId, true, null);
    WorkerRun.run(engine, TOPIC_TAKE_EFFECT, new TakeEffectWorker(amendments, clock));

    assertThat(instance).isEnded().hasPassed(END_VOID);
    assertThat(amendments.amendment(amendmentId)).satisfies(a -> {
      assertThat(a.status()).isEqualTo(AmendmentStatus.VOID);
      assertThat(a.closingReason()).contains("第1期");
    });
    assertThat(contracts.contract(contractId).instalments()).extracting(Instalment::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("240000"), new BigDecimal("240000"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** a new amount (null: unchanged) with the whole new schedule */
  static Map<String, Object> amount(String newAmount, String first, String second) {
    Map<String, Object> vars = new HashMap<>();
    if (newAmount != null) {
      vars.put(VAR_NEW_AMOUNT, Double.valueOf(newAmount));
    }
    vars.put("instalment1Amount", Double.valueOf(first));
    vars.put("instalment1DueDate", "2026-12-01");
    vars.put("instalment2Amount", Double.valueOf(second));
    vars.put("instalment2DueDate", "2027-06-01");
    vars.put(VAR_REASON, "服务对象由120户增至126户");
    return vars;
  }

  static Map<String, Object> shortened() {
    return Map.of(VAR_NEW_TERM_END, "2027-06-30", VAR_REASON, "街道改造，服务须在六月底前结束");
  }

  /** the agency officer starts it from Tasklist's start form: the engine knows who */
  ProcessInstance proposeAsAgency(Map<String, Object> form) {
    Map<String, Object> vars = new HashMap<>(form);
    vars.put(VAR_CONTRACT_NO, NO);
    SignedIn.as(identityService, "agency", List.of(Groups.PURCHASING_AGENCY));
    try {
      return runtimeService.startProcessInstanceByKey(KEY, vars);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance proposeAsSupplier(Map<String, Object> form) {
    AmendmentProposal proposal = AmendmentForm.read(form::get).proposal();
    api.propose(contractId, new AmendmentController.ProposalRequest(proposal.amount(), proposal.termEnd(),
        proposal.schedule(), proposal.fundsUse(), proposal.reason()), supplier());
    // one open amendment per contract: the one instance not registered yet is this proposal's (an earlier
    // one may still run for its escalation)
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).active().list().stream()
        .filter(p -> runtimeService.getVariable(p.getId(), VAR_AMENDMENT_ID) == null).findFirst().orElseThrow();
  }

  void answerAsSupplier(long amendmentId, boolean accept, String reason) {
    api.answer(contractId, amendmentId, new AmendmentController.AnswerRequest(accept, reason), supplier());
  }

  Authentication supplier() {
    Authentication user = new TestingAuthenticationToken(SUPPLIER, "x", "ROLE_" + Groups.SUPPLIER);
    SecurityContextHolder.getContext().setAuthentication(user);
    return user;
  }

  /** as the demo user agency (purchasing-agency) or finance (finance-bureau), with the group's rights */
  void completeAs(String user, Task task, Map<String, Object> variables) {
    SignedIn.as(identityService, user,
        List.of(user.equals("finance") ? Groups.FINANCE_BUREAU : Groups.PURCHASING_AGENCY));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void fileAmendment(ProcessInstance instance) {
    WorkerRun.run(engine, ContractProcess.TOPIC_SUBMIT_FILING, new SubmitFilingWorker(contracts, clock));
    completeAs("finance", task(ContractProcess.TASK_ACCEPT_FILING, instance),
        Map.of(ContractProcess.VAR_FILING_DECISION, "ACCEPT"));
    WorkerRun.run(engine, ContractProcess.TOPIC_RECORD_FILING, new RecordFilingWorker(contracts, clock));
  }
}
