package org.govpurchase.contract;

import java.util.List;
import org.govpurchase.web.InvalidRequestException;

/**
 * The draft lacks a term or its schedule breaks a rule: every problem in one message; the
 * contract.registerDraft worker turns it into {@link ContractProcess#ERROR_CONTRACT_INCOMPLETE}.
 */
public class ContractIncompleteException extends InvalidRequestException {

  private final List<String> problems;

  public ContractIncompleteException(List<String> problems) {
    super(String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
