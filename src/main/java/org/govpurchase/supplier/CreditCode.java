package org.govpurchase.supplier;

import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters except I, O, S,
 * V, Z; the last one is a check character over the first 17. Shared by every feature that names
 * an organization (suppliers, expert ties).
 */
public final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{2}[0-9]{6}[" + ALPHABET + "]{10}");
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {
  }

  static boolean wellFormed(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }

  /** the check character the first 17 characters of a well-formed code call for */
  static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  public static boolean checks(String code) {
    return wellFormed(code) && code.charAt(17) == checkCharacter(code);
  }

  /** trimmed and upper-cased; a code that does not check is a 400 with the reason */
  public static String normalize(String code) {
    String clean = StringUtils.upperCase(StringUtils.deleteWhitespace(code));
    if (!checks(clean)) {
      throw new InvalidRequestException("统一社会信用代码无效（18位，末位为校验码）：" + code
          + " / not a valid unified social credit code: " + code);
    }
    return clean;
  }
}
