package org.govpurchase.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved purchase plan as the later stages (tendering, award, contract) read it. The
 * Tendering process holds only {@code planId}; everything else is read here.
 *
 * @param draftedBy the purchasing-agency officer who drafted it (the buyer's representative)
 */
public record ApprovedPlan(long planId, String planNo, int year, String agencyCode, String agencyName,
    String serviceName, String serviceStandard, BigDecimal budget, LocalDate termStart, LocalDate termEnd,
    EvaluationMethod evaluationMethod, String requirements, FundingSource fundingSource, boolean majorProject,
    ProcurementMethod procurementMethod, boolean runByProcurementAgency, String draftedBy) {
}
