/** What all external-task workers share: how a technical fault is reported to the engine. */
package org.govpurchase.worker;
