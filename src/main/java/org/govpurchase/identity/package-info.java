/** Who may do what: groups from DOMAIN.md, their engine authorizations, API security, demo users. */
package org.govpurchase.identity;
