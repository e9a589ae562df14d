/** Working-day calendar (工作日历): official holidays and make-up workdays, and deadlines counted in working days. */
package org.govpurchase.calendar;
