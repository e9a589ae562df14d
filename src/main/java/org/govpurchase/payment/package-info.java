/**
 * Payment (资金支付, DOMAIN.md §8) of a filed contract: the payment route (the finance bureau confirms
 * a major project's funds and chooses it), the supplier's request for each instalment, its approval
 * or return, the payment with its lateness, and lateness per purchasing agency.
 */
package org.govpurchase.payment;
