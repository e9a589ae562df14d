package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;
import org.govpurchase.calendar.BeijingTime;

/**
 * tender.announce: announces the tender of this round under its procurement number
 * ({@link ProcurementNumbers}) with the plan's requirements and the buyer's title, documents date
 * and deadline (Beijing date and HH:mm). Announcing is keyed on the number, so a second run gets
 * the same tender. What the rules refuse (the 20-day rule, a past deadline, a bad date) goes back
 * to the buyer's form as {@link TenderingProcess#ERROR_ANNOUNCEMENT_REFUSED} with
 * {@code announcementRefusal}.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_ANNOUNCE,
    variableNames = {VAR_PLAN_ID, VAR_PLAN_NO, VAR_TENDER_ROUND, VAR_PROCUREMENT_METHOD, VAR_TENDER_TITLE,
        VAR_DOCUMENTS_ISSUED_ON, VAR_BID_DEADLINE_DATE, VAR_BID_DEADLINE_TIME})
class AnnounceTenderWorker implements ExternalTaskHandler {


  private final TenderService tenders;
  private final ApprovedPlans plans;
  private final Clock clock;

  AnnounceTenderWorker(TenderService tenders, ApprovedPlans plans, Clock clock) {
    this.tenders = tenders;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    TenderView tender;
    try {
      long planId = TaskVariables.id(task, VAR_PLAN_ID);
      String procurementNo = ProcurementNumbers.of(TenderTaskVariables.text(task, VAR_PLAN_NO),
          TenderTaskVariables.round(task));
      ProcurementMethod method = TenderTaskVariables.method(task, VAR_PROCUREMENT_METHOD);
      try {
        LocalDate issuedOn = TenderTaskVariables.date(task, VAR_DOCUMENTS_ISSUED_ON, "招标文件发出日期");
        LocalDate deadlineDate = TenderTaskVariables.date(task, VAR_BID_DEADLINE_DATE, "投标截止日期");
        LocalTime deadlineTime = TenderTaskVariables.time(task, VAR_BID_DEADLINE_TIME, "投标截止时间");
        Instant deadline = deadlineDate.atTime(deadlineTime).atZone(BeijingTime.ZONE).toInstant();
        String requirements = plans.find(planId).requirements();
        tender = tenders.announce(procurementNo, planId, method, TenderTaskVariables.text(task, VAR_TENDER_TITLE),
            requirements, issuedOn, deadline, clock.instant());
      } catch (InvalidRequestException | TenderConflictException | NoSuchElementException e) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ANNOUNCEMENT_REFUSAL, e.getMessage());
        service.handleBpmnError(task, ERROR_ANNOUNCEMENT_REFUSED, e.getMessage(), variables);
        return;
      }
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_PROCUREMENT_NO, tender.procurementNo());
    variables.put(VAR_TENDER_ID, tender.id());
    variables.put(VAR_BID_DEADLINE, Date.from(tender.bidDeadline()));
    variables.put(VAR_ANNOUNCEMENT_REFUSAL, null);
    service.complete(task, variables);
  }
}
