package org.govpurchase.catalog;

/** A label/value pair as form-js selects and taglists take them ({@code valuesKey}). */
record FormOption(String label, String value) {
}
