package org.govpurchase.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.govpurchase.testing.MainClasses;
import org.junit.jupiter.api.Test;

/**
 * One clock: main code (services, workers, controllers, entities) takes the time from the
 * {@link Clock} bean, which reads the engine's clock; only {@link PlatformClock} reads it. A call
 * that reads the system clock another way (Instant.now(), new Date(), System.currentTimeMillis()...)
 * would stamp domain rows with wall time while a test, or the engine, is on another time.
 */
class OneClockTest {

  static final Set<String> TEMPORALS = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
      "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
      "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");
  static final String CLOCK_UTIL = "org.camunda.bpm.engine.impl.util.ClockUtil";

  static final DescribedPredicate<JavaCall<?>> READS_THE_TIME = new DescribedPredicate<>(
      "read the time other than from the Clock bean (now(), new Date(), System.currentTimeMillis(),"
          + " Clock.systemUTC(), Calendar.getInstance(), ClockUtil)") {
    @Override
    public boolean test(JavaCall<?> call) {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
      return TEMPORALS.contains(owner) && name.equals("now") && !parameters.equals(List.of(Clock.class.getName()))
          || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
          || owner.equals(Clock.class.getName()) && name.startsWith("system")
          || owner.equals(Date.class.getName()) && name.equals("<init>") && parameters.isEmpty()
          || owner.equals("java.util.Calendar") && name.equals("getInstance")
          || owner.equals(CLOCK_UTIL);
    }
  };

  static final ArchRule ONE_CLOCK = noClasses()
      .that().doNotHaveFullyQualifiedName(PlatformClock.class.getName())
      .should().callCodeUnitWhere(READS_THE_TIME)
      .because("the platform's one clock is the Clock bean (PlatformClock, the engine's clock): "
          + "inject java.time.Clock and ask clock.instant()");

  @Test
  void mainCodeTakesTheTimeFromTheClockBeanOnly() {
    JavaClasses main = MainClasses.imported();
    assertThat(main.contain(PlatformClock.class)).as("main classes imported").isTrue();
    assertThat(main.contain(OneClockTest.class)).as("test classes left out").isFalse();

    ONE_CLOCK.check(main);
  }

  @Test
  void theRuleSeesEachWayOfReadingTheTime() {
    JavaClasses offenders = new ClassFileImporter().importClasses(Offenders.class, Allowed.class);

    var result = ONE_CLOCK.evaluate(offenders);

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("Instant.now()"))
        .anyMatch(line -> line.contains("LocalDate.now(java.time.ZoneId)"))
        .anyMatch(line -> line.contains("System.currentTimeMillis()"))
        .anyMatch(line -> line.contains("Clock.systemUTC()"))
        .anyMatch(line -> line.contains("Date.<init>()"))
        .anyMatch(line -> line.contains("ClockUtil.getCurrentTime()"))
        .noneMatch(line -> line.contains(Allowed.class.getSimpleName()));
  }

  @SuppressWarnings("unused")
  static class Offenders {
    Object[] times() {
      return new Object[] {Instant.now(), LocalDate.now(ZoneOffset.UTC), System.currentTimeMillis(),
          Clock.systemUTC(), new Date(), org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()};
    }
  }

  @SuppressWarnings("unused")
  static class Allowed {
    Object[] times(Clock clock) {
      return new Object[] {clock.instant(), LocalDate.now(clock), new Date(0L), Date.from(clock.instant())};
    }
  }
}
