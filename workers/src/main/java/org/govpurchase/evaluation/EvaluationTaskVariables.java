package org.govpurchase.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.govpurchase.worker.TaskVariables;

/**
 * Reading the Tendering variables the evaluation workers need, as the engine, Tasklist and the other
 * workers set them: numbers as Integer, Long or Double; lists as a deserialized List, a Json
 * variable (its JSON text) or a JSON String; dates as Date. A missing or malformed variable is an
 * {@link IllegalStateException}: the process is broken, not the tender.
 */
final class EvaluationTaskVariables {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvaluationTaskVariables() {
  }


  static String text(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof String s && StringUtils.isNotBlank(s)) {
      return s.strip();
    }
    throw new IllegalStateException(name + " is missing or not a text: " + value);
  }

  static Instant instant(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException(name + " is missing or not a date: " + value);
  }

  /** a JSON array of ids; empty when the variable is an empty array */
  static List<Long> ids(ExternalTask task, String name) {
    List<Long> ids = new ArrayList<>();
    for (Object element : elements(task, name, true)) {
      Long id = TaskVariables.wholeNumber(element);
      if (id == null) {
        throw new IllegalStateException(name + " holds something that is not an id: " + element);
      }
      ids.add(id);
    }
    return ids;
  }

  /** the committeeSpecialties checklist: Specialty names; missing or empty: none */
  static Set<Specialty> specialties(ExternalTask task, String name) {
    Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
    for (Object element : elements(task, name, false)) {
      String code = element == null ? null : element.toString();
      specialties.add(Specialty.fromCode(code).orElseThrow(() -> new IllegalStateException(name
          + " holds an unknown specialty: " + code)));
    }
    return specialties;
  }

  /** a score field: Integer, Long, Double (or a numeric String); null when missing */
  static BigDecimal decimal(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null || (value instanceof String s && StringUtils.isBlank(s))) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        return BigDecimal.valueOf(d);
      }
    } else if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    } else if (value instanceof String s && NumberUtils.isCreatable(s.strip())) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        // falls through
      }
    }
    throw new IllegalStateException(name + " is not a number: " + value);
  }

  private static List<Object> elements(ExternalTask task, String name, boolean required) {
    TypedValue typed = task.getVariableTyped(name);
    Object value = typed == null ? null : typed.getValue();
    if (value == null) {
      if (required) {
        throw new IllegalStateException(name + " is missing");
      }
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof Object[] array) {
      return List.of(array);
    }
    if (value instanceof String json) {
      if (StringUtils.isBlank(json)) {
        if (required) {
          throw new IllegalStateException(name + " is empty");
        }
        return List.of();
      }
      try {
        JsonNode node = JSON.readTree(json);
        if (!node.isArray()) {
          throw new IllegalStateException(name + " is not a JSON array: " + StringUtils.abbreviate(json, 200));
        }
        List<Object> elements = new ArrayList<>();
        node.forEach(n -> elements.add(n.isNumber() ? n.numberValue() : n.isNull() ? null : n.asText()));
        return elements;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(name + " is not JSON: " + StringUtils.abbreviate(json, 200), e);
      }
    }
    throw new IllegalStateException(name + " is not a list but " + value.getClass().getName());
  }

}
