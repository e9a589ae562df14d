package org.govpurchase.tender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Display texts for the Tendering forms, read from BPMN expressions such as
 * {@code ${tenderForms.bidSummary(bidId)}}. Read-only. Ids arrive as the engine holds them: a
 * number, a string, or a JSON (Spin) value whose text is the number or the array; a list arrives
 * as a java.util.Collection or such a JSON array. An unknown id is shown as such, never an error.
 */
@Component("tenderForms")
@Transactional(readOnly = true)
public class TenderForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BidRepository bids;
  private final ClarificationRepository clarifications;

  TenderForms(BidRepository bids, ClarificationRepository clarifications) {
    this.bids = bids;
    this.clarifications = clarifications;
  }

  /**
   * e.g. "阳光社工服务中心（统一社会信用代码 52440300MJL0000012）投标报价 480,000.00 元：方案摘要"
   *
   * @return "" when {@code bidId} is null
   */
  public String bidSummary(Object bidId) {
    if (bidId == null) {
      return "";
    }
    long id = id(bidId);
    Optional<Bid> bid = bids.findById(id);
    if (bid.isEmpty()) {
      return "（投标" + id + "不存在）";
    }
    Object[] bidder = bidders(List.of(id)).get(id);
    return bidder[1] + "（统一社会信用代码 " + bidder[2] + "）投标报价 " + yuan(bid.get().getPrice()) + " 元："
        + bid.get().getProposalSummary();
  }

  /**
   * The bidders' names in the order of the bids, joined by "、".
   *
   * @return "" when there are none
   */
  public String bidderNames(Object bidIds) {
    List<Long> ids = ids(bidIds);
    if (ids.isEmpty()) {
      return "";
    }
    Map<Long, Object[]> byBid = bidders(ids);
    return ids.stream()
        .map(id -> byBid.containsKey(id) ? String.valueOf(byBid.get(id)[1]) : "（投标" + id + "不存在）")
        .distinct()
        .collect(Collectors.joining("、"));
  }

  /** @return "" when {@code clarificationId} is null */
  public String clarificationQuestion(Object clarificationId) {
    if (clarificationId == null) {
      return "";
    }
    long id = id(clarificationId);
    return clarifications.findById(id).map(Clarification::getQuestion).orElse("（澄清问题" + id + "不存在）");
  }

  private Map<Long, Object[]> bidders(List<Long> ids) {
    Map<Long, Object[]> byBid = new HashMap<>();
    for (Object[] row : bids.bidders(ids)) {
      byBid.put(((Number) row[0]).longValue(), row);
    }
    return byBid;
  }

  static String yuan(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }

  /**
   * An id as Number, numeric text, or a JSON value whose text is a number.
   *
   * @throws IllegalArgumentException when it is none of these
   */
  static long id(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    String text = StringUtils.strip(StringUtils.strip(String.valueOf(value)), "\"");
    try {
      return new BigDecimal(text).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("not an id: " + value, e);
    }
  }

  /** ids from a Collection, an array, or JSON array text (a Spin JSON value prints as its JSON) */
  static List<Long> ids(Object value) {
    List<Long> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(v -> ids.add(id(v)));
      return ids;
    }
    if (value instanceof Object[] array) {
      for (Object v : array) {
        ids.add(id(v));
      }
      return ids;
    }
    String text = StringUtils.strip(String.valueOf(value));
    if (StringUtils.isEmpty(text)) {
      return ids;
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node.isArray()) {
        node.forEach(n -> ids.add(id(n.isNumber() ? n.numberValue() : n.asText())));
      } else {
        ids.add(id(node.isNumber() ? node.numberValue() : node.asText()));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a list of ids: " + value, e);
    }
    return ids;
  }
}
