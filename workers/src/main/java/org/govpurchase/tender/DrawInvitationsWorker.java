package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.supplier.InvitationDraw;
import org.govpurchase.supplier.InvitationDrawException;
import org.govpurchase.supplier.InvitationDrawView;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * tender.drawInvitations: draws the suppliers invited to an invited tender, at least three of those
 * qualified on the bid date [law]. Keyed on the procurement number ({@link ProcurementNumbers}),
 * so a second run returns the first draw, and announce and the bid check find it under the same
 * number. Too few qualified suppliers or a bad count goes back to the buyer's form as
 * {@link TenderingProcess#ERROR_ANNOUNCEMENT_REFUSED} with {@code announcementRefusal}.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_DRAW_INVITATIONS,
    variableNames = {VAR_PLAN_NO, VAR_TENDER_ROUND, VAR_BID_DEADLINE_DATE, VAR_INVITED_COUNT})
class DrawInvitationsWorker implements ExternalTaskHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DrawInvitationsWorker.class);

  private final InvitationDraw draws;

  DrawInvitationsWorker(InvitationDraw draws) {
    this.draws = draws;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    InvitationDrawView drawn;
    try {
      String procurementNo = ProcurementNumbers.of(TenderTaskVariables.text(task, VAR_PLAN_NO),
          TenderTaskVariables.round(task));
      LocalDate bidDate = TenderTaskVariables.date(task, VAR_BID_DEADLINE_DATE, "投标截止日期");
      Integer count = TenderTaskVariables.wholeNumber(task, VAR_INVITED_COUNT);
      if (count == null) {
        throw new InvalidRequestException("请填写邀请供应商的数量（invitedCount，不少于" + InvitationDraw.MIN_COUNT + "家）");
      }
      drawn = draws.draw(procurementNo, procurementNo, bidDate, count, null, null);
    } catch (InvalidRequestException | InvitationDrawException e) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(VAR_ANNOUNCEMENT_REFUSAL, e.getMessage());
      service.handleBpmnError(task, ERROR_ANNOUNCEMENT_REFUSED, e.getMessage(), variables);
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    LOG.info("Invited tender {}: suppliers {} drawn (draw {}, seed {})", drawn.procurementNo(), drawn.supplierIds(),
        drawn.drawId(), drawn.seed());
    service.complete(task);
  }
}
