/** Awards (中标/成交) from the evaluation report, single source or direct purchase, their announcement and the bidders' challenges (质疑). */
package org.govpurchase.award;
