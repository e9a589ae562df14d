package org.govpurchase.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.supplier.CreditCode;

/**
 * The expert pool (专家库): experts, their specialties and the ties that recuse them. Lengths are
 * counted in UTF-16 units ({@link String#length()}), as H2 does, so a rare character such as 𠮷
 * counts twice and whatever passes fits MySQL too.
 */
@Service
public class ExpertPool {

  static final int MAX_NAME = 100;
  static final int MAX_EMPLOYER = 200;
  static final int MAX_USER_ID = 64;
  static final int MAX_NOTE = 200;
  static final int MAX_AGENCY_CODE = 32;

  private final ExpertRepository experts;

  ExpertPool(ExpertRepository experts) {
    this.experts = experts;
  }

  /**
   * Adds an active expert.
   *
   * @param userId the engine user who scores, or null
   * @return the expert's id
   * @throws InvalidRequestException on a missing name, no specialty, a text too long or a user id already used
   */
  @Transactional
  public long addExpert(String userId, String name, String employer, Set<Specialty> specialties) {
    String user = StringUtils.trimToNull(userId);
    String cleanName = StringUtils.trimToNull(name);
    String cleanEmployer = StringUtils.trimToNull(employer);
    check(cleanName != null && cleanName.length() <= MAX_NAME,
        "专家姓名必填，不超过" + MAX_NAME + "个字符 / expert name is required, at most " + MAX_NAME + " characters");
    check(cleanEmployer == null || cleanEmployer.length() <= MAX_EMPLOYER,
        "工作单位不超过" + MAX_EMPLOYER + "个字符 / employer must be at most " + MAX_EMPLOYER + " characters");
    check(user == null || user.length() <= MAX_USER_ID,
        "用户ID不超过" + MAX_USER_ID + "个字符 / user id must be at most " + MAX_USER_ID + " characters");
    check(specialties != null && !specialties.isEmpty() && !specialties.contains(null),
        "专家至少有一个专业 / an expert needs at least one specialty");
    check(user == null || experts.findByUserId(user).isEmpty(),
        "用户「" + user + "」已是专家库中的专家 / user " + user + " is already an expert");
    return experts.saveAndFlush(new Expert(user, cleanName, cleanEmployer, EnumSet.copyOf(specialties))).getId();
  }

  /**
   * Adds a tie that recuses the expert when the organization bids.
   *
   * @param fromDate when it began (may be unknown: null)
   * @param toDate when it ended; null while it continues
   * @return the tie's id
   * @throws NoSuchElementException when there is no such expert
   * @throws InvalidRequestException on a bad credit code, dates in the wrong order or a note too long
   */
  @Transactional
  public long addTie(long expertId, TieType type, String creditCode, LocalDate fromDate, LocalDate toDate,
      String note) {
    Expert expert = expert(expertId);
    check(type != null && type.kept(), "请选择关联类型（任职、董事、控制或近亲属） / tie type must be one the pool keeps");
    String code = CreditCode.normalize(creditCode);
    check(fromDate == null || toDate == null || !toDate.isBefore(fromDate),
        "关联结束日期不得早于开始日期 / a tie cannot end before it begins");
    String cleanNote = StringUtils.trimToNull(note);
    check(cleanNote == null || cleanNote.length() <= MAX_NOTE,
        "说明不超过" + MAX_NOTE + "个字符 / note must be at most " + MAX_NOTE + " characters");
    ExpertTie tie = expert.addTie(new ExpertTie(expert, type, code, fromDate, toDate, cleanNote));
    experts.flush();
    return tie.getId();
  }

  /**
   * Gives an expert without a platform login the engine user {@code userId}; giving the same user
   * again changes nothing.
   *
   * @throws NoSuchElementException when there is no such expert
   * @throws InvalidRequestException when the expert has another user or the user is another expert's
   */
  @Transactional
  public void assignUser(long expertId, String userId) {
    Expert expert = expert(expertId);
    String user = StringUtils.trimToNull(userId);
    check(user != null && user.length() <= MAX_USER_ID,
        "用户ID必填，不超过" + MAX_USER_ID + "个字符 / user id is required, at most " + MAX_USER_ID + " characters");
    if (user.equals(expert.getUserId())) {
      return;
    }
    check(expert.getUserId() == null, "专家" + expertId + "已有用户「" + expert.getUserId() + "」 / expert " + expertId
        + " already has the user " + expert.getUserId());
    check(experts.findByUserId(user).isEmpty(),
        "用户「" + user + "」已是专家库中的专家 / user " + user + " is already an expert");
    expert.setUserId(user);
    experts.flush();
  }

  /**
   * Records the purchasing agency the expert works for (null: none): never drawn for its
   * procurements (87号令第48条). Setting the same again changes nothing.
   *
   * @throws NoSuchElementException when there is no such expert
   * @throws InvalidRequestException on a code longer than the agency codes are
   */
  @Transactional
  public void setEmployerAgency(long expertId, String agencyCode) {
    String code = StringUtils.trimToNull(agencyCode);
    check(code == null || code.length() <= MAX_AGENCY_CODE,
        "购买主体代码不超过" + MAX_AGENCY_CODE + "个字符 / agency code must be at most " + MAX_AGENCY_CODE + " characters");
    expert(expertId).setEmployerAgencyCode(code);
    experts.flush();
  }

  @Transactional
  public void setActive(long expertId, boolean active) {
    expert(expertId).setActive(active);
  }

  /** the expert with this name and employer, the first if several */
  @Transactional(readOnly = true)
  public Optional<Long> findByNameAndEmployer(String name, String employer) {
    return experts.findFirstByNameAndEmployerOrderById(name, employer).map(Expert::getId);
  }

  @Transactional(readOnly = true)
  public Optional<Long> findByUserId(String userId) {
    return experts.findByUserId(userId).map(Expert::getId);
  }

  @Transactional(readOnly = true)
  public long count() {
    return experts.count();
  }

  private Expert expert(long expertId) {
    return experts.findById(expertId)
        .orElseThrow(() -> new NoSuchElementException("专家" + expertId + "不存在 / no expert " + expertId));
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
