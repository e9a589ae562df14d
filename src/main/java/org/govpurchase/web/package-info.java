/** What all of our HTTP API shares: the shape of error answers. */
package org.govpurchase.web;
