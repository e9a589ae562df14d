/** Reproducible random draws (experts for a committee, suppliers for an invited tender). */
package org.govpurchase.draw;
