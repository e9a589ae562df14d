/** Supervision register (督办台账): every supervision of an overdue step, recorded for oversight. */
package org.govpurchase.supervision;
