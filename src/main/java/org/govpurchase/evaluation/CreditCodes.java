package org.govpurchase.evaluation;

import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;

/** Unified social credit codes (统一社会信用代码): 18 characters of digits and capitals except I, O, S, V, Z. */
final class CreditCodes {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  private CreditCodes() {
  }

  /** trimmed, upper case; the check digit is not verified (the supplier registry does that) */
  static String normalize(String code) {
    String clean = StringUtils.upperCase(StringUtils.deleteWhitespace(code));
    if (clean == null || !FORMAT.matcher(clean).matches()) {
      throw new InvalidRequestException("统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）：" + code
          + " / a unified social credit code is 18 digits or capital letters (no I, O, S, V, Z): " + code);
    }
    return clean;
  }
}
