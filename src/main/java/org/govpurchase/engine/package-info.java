/** Engine set-up: the process application, REST authentication and engine settings. */
package org.govpurchase.engine;
