/** Contracts (合同): drafted from the award, signed by both sides, published and filed with the finance bureau. */
package org.govpurchase.contract;
