package org.govpurchase.supplier;

import static org.govpurchase.supplier.SupplierDisqualificationProcess.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.calendar.BeijingTime;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * supplier.recordDisqualification: disqualifies the supplier until the last day of the period and
 * writes it to its credit record; hands the process that day and the instant its timer ends it
 * (the next Beijing midnight). Idempotent: the service keeps the end date of a disqualification
 * already recorded for the same reason.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD,
    variableNames = {VAR_SUPPLIER_ID, VAR_REASON, VAR_MONTHS, VAR_INITIATOR})
class RecordDisqualificationWorker implements ExternalTaskHandler {

  private final SupplierService suppliers;

  RecordDisqualificationWorker(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    LocalDate until;
    try {
      long months = TaskVariables.id(task, VAR_MONTHS);
      until = suppliers.disqualify(TaskVariables.id(task, VAR_SUPPLIER_ID), TaskVariables.string(task, VAR_REASON),
          (int) Math.min(months, Integer.MAX_VALUE), TaskVariables.string(task, VAR_INITIATOR));
    } catch (InvalidRequestException e) {
      // the start check lets no such values in; retrying cannot help: an incident at once
      service.handleFailure(task, e.getMessage(), "取消资格的理由或期限无效，请修正流程变量后重试", 0, 0L);
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Date endsAt = Date.from(until.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());
    service.complete(task, Map.of(VAR_UNTIL, until.toString(), VAR_ENDS_AT, endsAt));
  }
}
