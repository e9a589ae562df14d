package org.govpurchase;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceRule;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govpurchase.contract.ReachIntoPaymentForTheBoundaryTest;
import org.govpurchase.testing.MainClasses;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * Feature boundaries the build enforces. A feature is a package {@code org.govpurchase.<feature>}
 * (platform and workers sources alike). Features do not form cycles; a feature's JPA entities and
 * repositories are its own; no feature's SQL names another feature's tables. A feature that needs
 * another's data calls a public read of that feature (contract.Contracts) or an interface it declares
 * itself and the other implements (contract.InstalmentProgress, implemented by payment).
 */
class FeatureBoundariesTest {

  static final String FEATURES = "org.govpurchase.(*)..";

  /** the platform's and the workers' classes, no test classes (also with -DbuildDir) */
  static final JavaClasses MAIN = MainClasses.imported();

  /**
   * Cycles that exist today, frozen one by one so that the rule covers the whole code base and no
   * new cycle comes in: each entry is a dependency {from feature, to feature} the cycle check
   * ignores. None today; should a split (tender/evaluation/award into Evaluation and Award) have to
   * land in steps, its temporary cycle goes here with a comment, and out again.
   */
  static final List<String[]> KNOWN_CYCLES = List.of();

  static ArchRule noCyclesBetweenFeatures() {
    SliceRule rule = slices().matching(FEATURES).namingSlices("$1").should().beFreeOfCycles();
    for (String[] known : KNOWN_CYCLES) {
      rule = rule.ignoreDependency(resideInAPackage("org.govpurchase." + known[0] + ".."),
          resideInAPackage("org.govpurchase." + known[1] + ".."));
    }
    return rule;
  }

  @Test
  void featuresDoNotDependOnEachOtherInACycle() {
    noCyclesBetweenFeatures().check(MAIN);
  }

  /** a class may use JPA entities and Spring Data repositories of its own feature only */
  static ArchRule noReachIntoAnotherFeaturesPersistence() {
    return ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use only its own feature's entities and repositories") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          boolean persistence = target.isAnnotatedWith(Entity.class) || target.isAssignableTo(Repository.class);
          Optional<String> from = feature(origin);
          Optional<String> to = feature(target);
          if (persistence && to.isPresent() && !to.equals(from)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + " reaches into " + to.get() + "'s persistence"));
          }
        }
      }
    });
  }

  @Test
  void noFeatureUsesAnotherFeaturesEntitiesOrRepositories() {
    noReachIntoAnotherFeaturesPersistence().check(MAIN);
  }

  /** the tables each feature owns (db/migration); SQL elsewhere must not name them */
  static final Map<String, List<String>> TABLES = Map.of(
      "contract", List.of("contract", "contract_instalment", "contract_filing", "contract_amendment",
          "contract_amendment_instalment"),
      "payment", List.of("payment", "instalment_request", "funds_confirmation"),
      "plan", List.of("purchasing_agency_member", "purchase_plan"));

  static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  static final Pattern SQL = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(\\w+)");

  /**
   * Reads of another feature's table that exist today outside contract and payment, frozen one by
   * one ("file: table"): tender and award read the plan's status and name from purchase_plan
   * natively instead of through plan.ApprovedPlans. Remove an entry when its read moves.
   */
  static final List<String> KNOWN_TABLE_READS = List.of(
      "tender/TenderRepository.java: purchase_plan",
      "award/AwardRepository.java: purchase_plan");

  @Test
  void noFeaturesSqlNamesAnotherFeaturesTables() throws IOException {
    List<String> reaches = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java/org/govpurchase"), Path.of("workers/src/main/java/org/govpurchase"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String feature = root.relativize(file).getName(0).toString();
          String relative = root.relativize(file).toString().replace('\\', '/');
          Matcher literal = STRING.matcher(Files.readString(file));
          while (literal.find()) {
            Matcher sql = SQL.matcher(literal.group(1));
            while (sql.find()) {
              String table = sql.group(1).toLowerCase();
              TABLES.forEach((owner, tables) -> {
                if (!owner.equals(feature) && tables.contains(table)
                    && !KNOWN_TABLE_READS.contains(relative + ": " + table)) {
                  reaches.add(file + " names " + owner + "'s table " + table);
                }
              });
            }
          }
        }
      }
    }
    assertThat(reaches).isEmpty();
  }

  /**
   * The rule bites: a contract class that calls into payment (while payment reads contracts through
   * contract.Contracts) closes a cycle, and the check reports it.
   */
  @Test
  void theCycleRuleFailsWhenContractReachesIntoPayment() {
    JavaClasses withReach = new ClassFileImporter()
        .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            || location.contains(ReachIntoPaymentForTheBoundaryTest.class.getSimpleName()))
        .importPackages("org.govpurchase");
    assertThat(withReach.contain(ReachIntoPaymentForTheBoundaryTest.class)).isTrue();

    EvaluationResult result = noCyclesBetweenFeatures().evaluate(withReach);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("contract", "payment",
        ReachIntoPaymentForTheBoundaryTest.class.getSimpleName());
  }

  static Optional<String> feature(JavaClass type) {
    Matcher m = Pattern.compile("^org\\.govpurchase\\.(\\w+)").matcher(type.getPackageName());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
