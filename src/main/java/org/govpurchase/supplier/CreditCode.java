package org.govpurchase.supplier;

import java.util.regex.Pattern;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters except I, O, S,
 * V, Z; the last one is a check character over the first 17.
 */
final class CreditCode {

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

  static boolean checks(String code) {
    return wellFormed(code) && code.charAt(17) == checkCharacter(code);
  }
}
