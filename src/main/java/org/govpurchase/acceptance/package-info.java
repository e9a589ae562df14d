/** Final acceptance (验收): the buying agency accepts a contract against its service standards after the term; the report is published. */
package org.govpurchase.acceptance;
