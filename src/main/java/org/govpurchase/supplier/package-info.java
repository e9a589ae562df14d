/** The supplier registry (承接主体): organizations, evidence for the seven conditions, members, credit record. */
package org.govpurchase.supplier;
