package org.govpurchase.supplier;

import java.time.LocalDate;

/**
 * A supplier as the registration authority registers or updates it. {@code status} may be left out
 * when registering (ACTIVE); {@code note} gives the reason for a change of status or grade.
 */
record SupplierRequest(
    String creditCode,
    String name,
    OrganizationType organizationType,
    String registrationAuthority,
    EvaluationGrade evaluationGrade,
    LocalDate gradeValidUntil,
    SupplierStatus status,
    String note) {
}
