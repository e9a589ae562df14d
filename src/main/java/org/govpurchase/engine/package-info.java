/** Engine set-up: /engine-rest authentication and the refusal of bad form input. */
package org.govpurchase.engine;
