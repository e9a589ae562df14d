package org.govpurchase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.springframework.asm.ClassReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The variables a model's expressions read, as whole names: every {@code ${...}}/{@code #{...}}
 * in any attribute or text (conditions, input/output mappings, listeners, timers, due dates,
 * call-activity mappings) is parsed with the engine's own JUEL parser, and its identifiers are the
 * names it resolves (a property such as {@code decision.procurementMethod} reads
 * {@code decision}, not {@code procurementMethod}). Added to them: the quoted name of
 * {@code execution.getVariable('x')} and its kin, the {@code source} of call-activity mappings,
 * and the input expressions of the DMN tables the model calls. A form field {@code returnReason}
 * is therefore read only if some expression names {@code returnReason} itself, never because
 * {@code filingReturnReason} contains it.
 */
final class ModelExpressions {

  private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  /** a variable named by a string literal where the engine reads it */
  private static final Pattern VARIABLE_ACCESSOR = Pattern.compile(
      "\\b(?:getVariable|getVariableLocal|getVariableTyped|getVariableLocalTyped|hasVariable|hasVariableLocal)"
          + "\\(\\s*['\"]([A-Za-z_$][\\w$]*)['\"]");
  /** FEEL in DMN input expressions: names outside string literals */
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

  private ModelExpressions() {
  }

  /** The names the expressions of a BPMN model and of the DMN tables beside it read. */
  static Set<String> readBy(Path bpmn) throws IOException {
    Set<String> names = new HashSet<>();
    Document document = parse(bpmn);
    collect(document.getDocumentElement(), names);
    NodeList decisions = document.getElementsByTagNameNS("*", "businessRuleTask");
    for (int i = 0; i < decisions.getLength(); i++) {
      String decisionRef = ((Element) decisions.item(i)).getAttributeNS("http://camunda.org/schema/1.0/bpmn", "decisionRef");
      names.addAll(dmnInputs(bpmn.getParent(), decisionRef));
    }
    return names;
  }

  /** The names one expression text (with or without literal text around it) reads. */
  static Set<String> identifiers(String text) {
    Set<String> names = new HashSet<>();
    if (!text.contains("${") && !text.contains("#{")) {
      return names;
    }
    Tree tree = JUEL.build(text);
    for (IdentifierNode identifier : tree.getIdentifierNodes()) {
      names.add(identifier.getName());
    }
    Matcher accessor = VARIABLE_ACCESSOR.matcher(text);
    while (accessor.find()) {
      names.add(accessor.group(1));
    }
    return names;
  }

  /**
   * The string constants a class uses: javac inlines {@code static final String} constants such as
   * {@code CatalogApprovalProcess.VAR_RETURN_REASON} into the class that reads them.
   */
  static Set<String> stringConstantsOf(Class<?> type) throws IOException {
    Set<String> constants = new HashSet<>();
    try (var bytes = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
      ClassReader reader = new ClassReader(bytes);
      char[] buffer = new char[reader.getMaxStringLength()];
      for (int item = 1; item < reader.getItemCount(); item++) {
        int offset = reader.getItem(item);
        // CONSTANT_String (tag 8): the tag byte sits just before the item's offset
        if (offset > 0 && reader.readByte(offset - 1) == 8) {
          constants.add((String) reader.readConst(item, buffer));
        }
      }
    }
    return constants;
  }

  private static void collect(Element element, Set<String> names) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names.addAll(identifiers(attributes.item(i).getNodeValue()));
    }
    // camunda:in source="planYear" reads planYear here; camunda:out source reads it in the called process
    if (("in".equals(element.getLocalName()) || "out".equals(element.getLocalName())) && element.hasAttribute("source")) {
      names.add(element.getAttribute("source"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        names.addAll(identifiers(child.getNodeValue()));
      } else if (child instanceof Element inner) {
        collect(inner, names);
      }
    }
  }

  private static Set<String> dmnInputs(Path folder, String decisionRef) throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path dmn : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        Document document = parse(dmn);
        NodeList decisions = document.getElementsByTagNameNS("*", "decision");
        for (int i = 0; i < decisions.getLength(); i++) {
          Element decision = (Element) decisions.item(i);
          if (!decisionRef.equals(decision.getAttribute("id"))) {
            continue;
          }
          NodeList inputs = decision.getElementsByTagNameNS("*", "inputExpression");
          for (int j = 0; j < inputs.getLength(); j++) {
            String feel = FEEL_STRING.matcher(inputs.item(j).getTextContent()).replaceAll(" ");
            NAME.matcher(feel).results().forEach(name -> names.add(name.group()));
          }
        }
      }
    }
    return names;
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot parse " + file, e);
    }
  }
}
