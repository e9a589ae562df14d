package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.camunda.bpm.client.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PrepareDraftWorkerTest {

  static final List<FormOption> OPTIONS = List.of(new FormOption("福田区民政局", "SZFT-MZJ"));
  static final String OPTIONS_JSON = "[{\"label\":\"福田区民政局\",\"value\":\"SZFT-MZJ\"}]";
  static final CatalogDraft ACTIVE = new CatalogDraft(List.of(new CatalogDraft.Item(
      "𠮷祥社区长者饭堂服务", "SOCIAL_ELDERLY_DISABILITY_CARE", "助餐服务", List.of("SZFT-MZJ"))));

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock CatalogService catalog;
  @InjectMocks PrepareDraftWorker worker;
  @Captor ArgumentCaptor<Map<String, Object>> variables;

  @Test
  void aNewCatalogGetsTheAgencyOptions() {
    when(task.getVariable(CatalogApprovalProcess.VAR_YEAR)).thenReturn(2026L);
    when(catalog.prepareDraft(2026)).thenReturn(new DraftStart(OPTIONS, null, null));

    worker.execute(task, service);

    verify(service).complete(org.mockito.ArgumentMatchers.eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsOnlyKeys(CatalogApprovalProcess.VAR_AGENCY_OPTIONS);
    assertThat(json(CatalogApprovalProcess.VAR_AGENCY_OPTIONS)).isEqualTo(OPTIONS_JSON);
  }

  @Test
  void anAdjustmentStartsFromTheActiveCatalog() {
    // Tasklist's number field may arrive as a Double
    when(task.getVariable(CatalogApprovalProcess.VAR_YEAR)).thenReturn(2026.0);
    when(catalog.prepareDraft(2026)).thenReturn(new DraftStart(OPTIONS, 3, ACTIVE));

    worker.execute(task, service);

    verify(service).complete(org.mockito.ArgumentMatchers.eq(task), variables.capture());
    assertThat(json(CatalogApprovalProcess.VAR_ITEMS)).isEqualTo(ACTIVE.toJson());
    assertThat(variables.getValue()).containsEntry(CatalogApprovalProcess.VAR_BASE_VERSION_NO, 3);
    assertThat(json(CatalogApprovalProcess.VAR_AGENCY_OPTIONS)).isEqualTo(OPTIONS_JSON);
  }

  @Test
  void keepsTheItemsTheProcessAlreadyHas() {
    when(task.getVariable(CatalogApprovalProcess.VAR_YEAR)).thenReturn(2026);
    when(task.getVariableTyped(CatalogApprovalProcess.VAR_ITEMS)).thenReturn(ClientValues.jsonValue("[]"));
    when(catalog.prepareDraft(2026)).thenReturn(new DraftStart(OPTIONS, 3, ACTIVE));

    worker.execute(task, service);

    verify(service).complete(org.mockito.ArgumentMatchers.eq(task), variables.capture());
    assertThat(variables.getValue()).containsOnlyKeys(CatalogApprovalProcess.VAR_AGENCY_OPTIONS);
  }

  @Test
  void aTechnicalFaultIsRetried() {
    WorkerTestSupport.firstFailure(task);
    when(task.getVariable(CatalogApprovalProcess.VAR_YEAR)).thenReturn(2026);
    when(catalog.prepareDraft(2026)).thenThrow(new IllegalStateException("database is down"));

    worker.execute(task, service);

    WorkerTestSupport.verifyFailedOnce(service, task, "database is down");
  }

  @Test
  void aMissingYearIsAFailureNotACompletion() {
    WorkerTestSupport.firstFailure(task);
    worker.execute(task, service);

    WorkerTestSupport.verifyOnlyFailure(service, task);
    verifyNoMoreInteractions(catalog);
  }

  private String json(String name) {
    assertThat(variables.getValue().get(name)).isInstanceOf(JsonValue.class);
    return ((JsonValue) variables.getValue().get(name)).getValue();
  }

}
