package org.govpurchase.supplier;

/**
 * What another module may read of a supplier: its unified social credit code, name and the
 * evaluation grade valid on the day asked for (an expired grade counts as {@link EvaluationGrade#NONE}).
 */
public record SupplierFacts(long supplierId, String creditCode, String name, EvaluationGrade grade) {
}
