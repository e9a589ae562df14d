package org.govpurchase.catalog;

import static org.mockito.ArgumentMatchers.argThat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.camunda.bpm.engine.variable.Variables;
import org.govpurchase.web.InvalidRequestException;
import org.camunda.bpm.client.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
// the common variables are stubbed once; a draft that fails to parse never reads the drafter
@MockitoSettings(strictness = Strictness.LENIENT)
class RegisterDraftWorkerTest {

  static final String TITLE = "福田区2026年度政府购买服务目录";
  static final String ITEMS = "[{\"itemName\":\"𠮷祥社区长者饭堂服务\",\"category\":\"SOCIAL_ELDERLY_DISABILITY_CARE\","
      + "\"description\":\"助餐服务\",\"agencies\":[\"SZFT-MZJ\"]}]";

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  static final String REVIEW = "[{\"itemName\":\"社区长者饭堂服务\",\"category\":\"社会事务服务·养老助残\"}]";

  @Mock CatalogService catalog;
  @InjectMocks RegisterDraftWorker worker;
  @Captor ArgumentCaptor<CatalogDraft> draft;

  @BeforeEach
  void variables() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getVariable(CatalogApprovalProcess.VAR_YEAR)).thenReturn(2026);
    when(task.getVariable(CatalogApprovalProcess.VAR_TITLE)).thenReturn(TITLE);
    when(task.getVariable(CatalogApprovalProcess.VAR_DRAFTER)).thenReturn("finance");
    when(task.getVariableTyped(CatalogApprovalProcess.VAR_ITEMS)).thenReturn(ClientValues.jsonValue(ITEMS));
  }

  @Test
  void registersTheDraftAndSetsTheVersionId() {
    when(catalog.registerDraft(eq("pi-1"), eq(2026), eq(TITLE), draft.capture(), eq("finance"))).thenReturn(42L);
    when(catalog.reviewItemsJson(42L)).thenReturn(REVIEW);

    worker.execute(task, service);

    verify(service).complete(eq(task), argThat(variables -> variables.get(CatalogApprovalProcess.VAR_VERSION_ID).equals(42L)
        && REVIEW.equals(((JsonValue) variables.get(CatalogApprovalProcess.VAR_REVIEW_ITEMS)).getValue())));
    verifyNoMoreInteractions(service);
    assertThat(draft.getValue().items()).extracting(CatalogDraft.Item::itemName).containsExactly("𠮷祥社区长者饭堂服务");
  }

  @Test
  void takesTheItemsAsAPlainStringToo() {
    when(task.getVariableTyped(CatalogApprovalProcess.VAR_ITEMS)).thenReturn(Variables.stringValue(ITEMS));
    when(catalog.registerDraft(eq("pi-1"), eq(2026), eq(TITLE), draft.capture(), eq("finance"))).thenReturn(42L);
    when(catalog.reviewItemsJson(42L)).thenReturn(REVIEW);

    worker.execute(task, service);

    verify(service).complete(eq(task), argThat(variables -> variables.get(CatalogApprovalProcess.VAR_VERSION_ID).equals(42L)
        && REVIEW.equals(((JsonValue) variables.get(CatalogApprovalProcess.VAR_REVIEW_ITEMS)).getValue())));
    assertThat(draft.getValue().items()).hasSize(1);
  }

  @Test
  void aBadDraftGoesBackToTheDrafterWithTheProblems() {
    String problems = "目录草案有1处问题：第1项「𠮷祥社区长者饭堂服务」：购买主体「SZFT-MZJ」已停用";
    when(catalog.registerDraft(anyString(), anyInt(), anyString(), any(), anyString()))
        .thenThrow(new InvalidRequestException(problems));

    worker.execute(task, service);

    verify(service).handleBpmnError(task, CatalogApprovalProcess.ERROR_OUT_OF_SCOPE, problems,
        Map.of(CatalogApprovalProcess.VAR_SCOPE_REJECTION, problems));
    verifyNoMoreInteractions(service);
  }

  @Test
  void itemsThatAreNotAListGoBackToo() {
    when(task.getVariableTyped(CatalogApprovalProcess.VAR_ITEMS)).thenReturn(ClientValues.jsonValue("{\"x\":1}"));

    worker.execute(task, service);

    var message = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).handleBpmnError(eq(task), eq(CatalogApprovalProcess.ERROR_OUT_OF_SCOPE), message.capture(),
        variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(message.getValue()).contains("目录事项不是有效的列表");
    assertThat(variables.getValue()).containsExactly(Map.entry(CatalogApprovalProcess.VAR_SCOPE_REJECTION, message.getValue()));
    verifyNoInteractions(catalog);
  }

  @Test
  void aTechnicalFaultIsRetried() {
    WorkerTestSupport.firstFailure(task);
    when(catalog.registerDraft(anyString(), anyInt(), anyString(), any(), anyString()))
        .thenThrow(new IllegalStateException("database is down"));

    worker.execute(task, service);

    WorkerTestSupport.verifyFailedOnce(service, task, "database is down");
  }

  @Test
  void laterFaultsWaitLonger() {
    when(task.getRetries()).thenReturn(2);
    when(catalog.registerDraft(anyString(), anyInt(), anyString(), any(), anyString()))
        .thenThrow(new IllegalStateException("database is down"));

    worker.execute(task, service);

    verify(service).handleFailure(eq(task), eq("database is down"), anyString(), eq(1), eq(40_000L));
    verifyNoMoreInteractions(service);
  }

}
