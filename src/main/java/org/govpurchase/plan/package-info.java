/** The purchase plan (购买服务计划): drafted against the active catalog, reviewed by the finance bureau, published. */
package org.govpurchase.plan;
