package org.govpurchase.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved plan as the public API shows it (信息公开): the service standard, budget,
 * evaluation method and requirements, the procurement method, and what identifies the purchase.
 * No personal names.
 */
record PublicPlan(String planNo, int year, String agencyCode, String agencyName, long catalogItemId,
    String catalogItemName, String serviceName, String serviceStandard, BigDecimal budget,
    LocalDate termStart, LocalDate termEnd, String evaluationMethod, String evaluationMethodLabel,
    String requirements, String fundingSource, String fundingSourceLabel, boolean majorProject,
    boolean withinGovernmentProcurement, String procurementMethod, String procurementMethodLabel,
    boolean runByProcurementAgency, Instant approvedAt) {
}
