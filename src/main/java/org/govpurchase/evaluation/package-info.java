/** Expert evaluation (评标): the expert pool, the random committee draw with recusal, comprehensive scoring and the evaluation report. */
package org.govpurchase.evaluation;
