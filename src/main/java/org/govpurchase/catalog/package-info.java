/** The purchase catalog (购买服务目录): purchasing agencies, catalog versions, scope check, public API. */
package org.govpurchase.catalog;
