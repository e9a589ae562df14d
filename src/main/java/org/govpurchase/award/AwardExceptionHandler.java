package org.govpurchase.award;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The award API's own refusals as RFC 7807 problems with their message (the rest: web.ApiExceptionHandler). */
@RestControllerAdvice(assignableTypes = {AwardController.class, PublicAwardController.class})
class AwardExceptionHandler {

  @ExceptionHandler(AwardConflictException.class)
  ProblemDetail conflict(AwardConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(ChallengeAccessDeniedException.class)
  ProblemDetail forbidden(ChallengeAccessDeniedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
