package org.govpurchase.award;

import java.time.Instant;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier's challenge from the API: stored and handed to the waiting Award process
 * (message ChallengeRaised with the local variable challengeId) in one transaction, so a
 * challenge no process waits for is refused with nothing written. The engine shares the
 * application's transaction manager and data source.
 */
@Service
@Profile("!workers") // as the engine it talks to
class ChallengeIntake {

  private final AwardService awards;
  private final RuntimeService engine;

  ChallengeIntake(AwardService awards, RuntimeService engine) {
    this.awards = awards;
    this.engine = engine;
  }

  /**
   * @throws AwardConflictException when no Award process of this procurement waits for a challenge
   * @see AwardService#raiseChallenge(String, String, String, Instant)
   */
  @Transactional
  ChallengeView raise(String procurementNo, String userId, String text, Instant now) {
    ChallengeView challenge = awards.raiseChallenge(procurementNo, userId, text, now);
    try {
      engine.createMessageCorrelation(AwardProcess.MESSAGE_CHALLENGE_RAISED)
          .processInstanceVariableEquals(AwardProcess.VAR_PROCUREMENT_NO, challenge.procurementNo())
          .setVariableLocal(AwardProcess.VAR_CHALLENGE_ID, challenge.id())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new AwardConflictException("采购项目「" + challenge.procurementNo()
          + "」当前不在质疑受理期间（没有等待质疑的采购流程），质疑未被受理，未保存任何内容");
    }
    return challenge;
  }
}
