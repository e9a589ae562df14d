package org.govpurchase.plan;

/** The ids of processes/procurement.bpmn: one instance per purchase, business key = plan number. */
public final class ProcurementProcess {

  public static final String KEY = "Procurement";

  public static final String START = "StartEvent_ProcurementRequested";
  public static final String CALL_PURCHASE_PLAN = "Call_PurchasePlan";
  public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
  public static final String CALL_TENDERING = "Call_Tendering";
  public static final String CALL_CONTRACT = "Call_Contract";
  public static final String END_PLAN_NOT_APPROVED = "EndEvent_PlanNotApproved";
  public static final String END_CONTRACT_PAID = "EndEvent_ContractPaid";

  private ProcurementProcess() {
  }
}
