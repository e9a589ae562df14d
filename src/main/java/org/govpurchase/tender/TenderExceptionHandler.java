package org.govpurchase.tender;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The tender API's own refusals as RFC 7807 problems with their message (the rest: web.ApiExceptionHandler). */
@RestControllerAdvice(assignableTypes = {TenderController.class, PublicTenderController.class})
class TenderExceptionHandler {

  @ExceptionHandler(TenderConflictException.class)
  ProblemDetail conflict(TenderConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(BidAccessDeniedException.class)
  ProblemDetail forbidden(BidAccessDeniedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
