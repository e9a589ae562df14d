package org.govpurchase.plan;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to approved plans for the stages after the plan. */
@Service
@Transactional(readOnly = true)
public class ApprovedPlans {

  private final PurchasePlanRepository plans;
  private final CatalogLookup catalog;

  ApprovedPlans(PurchasePlanRepository plans, CatalogLookup catalog) {
    this.plans = plans;
    this.catalog = catalog;
  }

  /**
   * The approved plan.
   *
   * @throws NoSuchElementException when there is no such plan or it is not approved
   */
  public ApprovedPlan find(long planId) {
    PurchasePlan plan = plans.findById(planId)
        .filter(p -> p.getStatus() == PurchasePlan.Status.APPROVED)
        .orElseThrow(() -> new NoSuchElementException("没有已批准的购买服务计划" + planId));
    String agencyName = catalog.agency(plan.getAgencyCode()).map(CatalogLookup.Agency::name).orElse(null);
    return new ApprovedPlan(plan.getId(), plan.getPlanNo(), plan.getPlanYear(), plan.getAgencyCode(), agencyName,
        plan.getServiceName(), plan.getServiceStandard(), plan.getBudget(), plan.getTermStart(), plan.getTermEnd(),
        plan.getEvaluationMethod(), plan.getRequirements(), plan.getFundingSource(), plan.isMajorProject(),
        plan.getProcurementMethod(), Boolean.TRUE.equals(plan.getRunByProcurementAgency()), plan.getDraftedBy());
  }
}
