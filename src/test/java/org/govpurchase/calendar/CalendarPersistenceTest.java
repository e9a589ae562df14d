package org.govpurchase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.govpurchase.calendar.CalendarViews.DayView;
import org.govpurchase.calendar.CalendarViews.YearView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The migration, the JPA mapping (Hibernate validates it against the migrated schema, as the
 * platform's ddl-auto=validate does), the service and {@link WorkingDays} on a real database,
 * without the platform's application configuration: H2 in memory, or any JDBC URL given as
 * {@code -Dcalendar.test.jdbc-url=...} (e.g. an empty MariaDB database).
 *
 * <p>The tests share one database, so each one that writes uses a year of its own.
 */
@SpringJUnitConfig(CalendarPersistenceTest.Config.class)
class CalendarPersistenceTest {

  @Autowired private CalendarService service;
  @Autowired private WorkingDays workingDays;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private java.time.Clock clock;

  @Test
  void shouldSeedTheOfficial2025And2026CalendarsExactly() {
    assertThat(exceptionsOf(2025)).isEqualTo(OfficialCalendars.Y2025);
    assertThat(exceptionsOf(2026)).isEqualTo(OfficialCalendars.Y2026);
    assertThat(service.find(2026).source()).contains("国办发明电〔2025〕7号");
    assertThat(service.find(2025).source()).contains("国办发明电〔2024〕12号");
    assertThat(service.find(2026).days())
        .contains(new DayView(LocalDate.parse("2026-02-14"), true, "春节调休上班"))
        .contains(new DayView(LocalDate.parse("2026-10-01"), false, "国庆节"));
  }

  @Test
  void shouldSeed2027AsUnconfirmedWithoutDays() {
    YearView year2027 = service.find(2027);

    assertThat(year2027.status()).isEqualTo(CalendarYearStatus.UNCONFIRMED);
    assertThat(year2027.days()).isEmpty();
    assertThat(workingDays.isConfirmed(2027)).isFalse();
  }

  @Test
  void shouldComputeDeadlinesFromTheDatabase() {
    assertThat(workingDays.deadline(beijing("2026-02-13T10:00:00"), 2)).isEqualTo(beijing("2026-02-24T23:59:59"));
    assertThat(workingDays.addWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo(LocalDate.parse("2026-10-08"));
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
  }

  @Test
  void shouldApplyAnEnteredYearOnlyOnceItIsConfirmed() {
    LocalDate newYear = LocalDate.parse("2031-01-01"); // a Wednesday
    service.saveYear(2031, CalendarYearStatus.UNCONFIRMED, null, "officer");
    service.putDay(2031, newYear, false, "元旦", "officer");
    assertThat(workingDays.isWorkingDay(newYear)).isTrue();

    YearView confirmed = service.saveYear(2031, CalendarYearStatus.CONFIRMED, "国办发明电〔2030〕X号", "officer");

    assertThat(workingDays.isWorkingDay(newYear)).isFalse();
    assertThat(confirmed.updatedBy()).isEqualTo("officer");
    assertThat(confirmed.updatedAt()).isNotNull();
    assertThat(confirmed.days()).containsExactly(new DayView(newYear, false, "元旦"));
  }

  @Test
  void shouldReplaceAndRemoveADay() {
    LocalDate saturday = LocalDate.parse("2032-01-10");
    service.saveYear(2032, CalendarYearStatus.CONFIRMED, "test", "officer");
    service.putDay(2032, saturday, false, "元旦", "officer");

    service.putDay(2032, saturday, true, " 元旦调休上班 ", "another-officer");
    assertThat(service.find(2032).days()).containsExactly(new DayView(saturday, true, "元旦调休上班"));
    assertThat(service.find(2032).updatedBy()).isEqualTo("another-officer");
    assertThat(workingDays.isWorkingDay(saturday)).isTrue();

    service.deleteDay(2032, saturday, "officer");
    assertThat(service.find(2032).days()).isEmpty();
    assertThat(workingDays.isWorkingDay(saturday)).isFalse();
  }

  @Test
  void shouldStoreTheUpdateTimeInUtc() {
    Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant updatedAt = service.saveYear(2035, CalendarYearStatus.UNCONFIRMED, null, "officer").updatedAt();

    assertThat(updatedAt).isBetween(before, clock.instant());
    // the column holds UTC wall-clock time whatever the JVM's zone (run with -Duser.timezone=Asia/Shanghai)
    LocalDateTime stored = jdbc.queryForObject(
        "select updated_at from calendar_year where calendar_year = 2035", LocalDateTime.class);
    assertThat(stored.toInstant(ZoneOffset.UTC)).isCloseTo(updatedAt, within(1, ChronoUnit.SECONDS));
    assertThat(service.find(2035).updatedAt()).isCloseTo(updatedAt, within(1, ChronoUnit.SECONDS));
  }

  @Test
  void shouldRoundTripRareChineseCharacters() {
    service.saveYear(2033, CalendarYearStatus.CONFIRMED, "𠮷野家通知", "officer");
    service.putDay(2033, LocalDate.parse("2033-03-01"), false, "𠮷日", "officer");

    assertThat(service.find(2033).source()).isEqualTo("𠮷野家通知");
    assertThat(service.find(2033).days()).extracting(DayView::name).containsExactly("𠮷日");
  }

  @Test
  void shouldRefuseBadChangesAndWriteNothing() {
    service.saveYear(2034, CalendarYearStatus.CONFIRMED, "test", "officer");
    int before = dayRows();

    assertThatThrownBy(() -> service.putDay(2034, LocalDate.parse("2035-01-01"), false, "元旦", "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class)
        .hasMessageContaining("不在 2034 年内").hasMessageContaining("is not in 2034");
    assertThatThrownBy(() -> service.putDay(2034, LocalDate.parse("2034-01-02"), true, "调休", "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class)
        .hasMessageContaining("Saturday or Sunday").hasMessageContaining("MONDAY");
    assertThatThrownBy(() -> service.putDay(2034, LocalDate.parse("2034-01-02"), false, "  ", "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class).hasMessageContaining("name is required");
    assertThatThrownBy(() -> service.putDay(2034, LocalDate.parse("2034-01-02"), false, "节".repeat(101), "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class);
    assertThatThrownBy(() -> service.saveYear(2101, CalendarYearStatus.CONFIRMED, null, "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class).hasMessageContaining("between 2000 and 2100");
    assertThatThrownBy(() -> service.saveYear(2034, null, null, "officer"))
        .isInstanceOf(CalendarService.InvalidChangeException.class);

    assertThat(dayRows()).isEqualTo(before);
    assertThat(service.find(2034).status()).isEqualTo(CalendarYearStatus.CONFIRMED);
    assertThat(jdbc.queryForObject("select count(*) from calendar_year where calendar_year = 2101", Integer.class)).isZero();
  }

  @Test
  void shouldAnswerNotFoundForAMissingYearOrDay() {
    assertThatThrownBy(() -> service.find(2040))
        .isInstanceOf(CalendarService.NotFoundException.class).hasMessageContaining("no calendar for 2040");
    assertThatThrownBy(() -> service.putDay(2040, LocalDate.parse("2040-01-01"), false, "元旦", "officer"))
        .isInstanceOf(CalendarService.NotFoundException.class);
    assertThatThrownBy(() -> service.deleteDay(2026, LocalDate.parse("2026-03-03"), "officer"))
        .isInstanceOf(CalendarService.NotFoundException.class).hasMessageContaining("not an exception day");
  }

  @Test
  void shouldEnforceTheRulesInTheSchemaToo() {
    // a year row for a day in another year, or an unknown status, is refused by the database
    assertThatThrownBy(() -> jdbc.update(
        "insert into calendar_day (calendar_date, working, name, calendar_year) values (DATE '2025-12-31', FALSE, 'x', 2026)"))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThatThrownBy(() -> jdbc.update("insert into calendar_year (calendar_year, status) values (2050, 'MAYBE')"))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThatThrownBy(() -> jdbc.update(
        "insert into calendar_day (calendar_date, working, name, calendar_year) values (DATE '2050-01-01', FALSE, 'x', 2050)"))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
  }

  private Map<LocalDate, Boolean> exceptionsOf(int year) {
    return service.find(year).days().stream().collect(Collectors.toMap(DayView::date, DayView::working));
  }

  private int dayRows() {
    return jdbc.queryForObject("select count(*) from calendar_day", Integer.class);
  }

  private static Date beijing(String localDateTime) {
    return Date.from(OffsetDateTime.parse(localDateTime + "+08:00").toInstant());
  }

  /** Just what the calendar needs, as the platform's Spring Boot configuration would set it up. */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableTransactionManagement(proxyTargetClass = true)
  @EnableJpaRepositories(basePackageClasses = CalendarYearRepository.class)
  @Import({CalendarService.class, JpaCalendarSource.class, WorkingDays.class, ClockConfiguration.class})
  static class Config {

    @Bean
    DataSource dataSource() {
      String url = System.getProperty("calendar.test.jdbc-url",
          "jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      return new DriverManagerDataSource(url,
          System.getProperty("calendar.test.jdbc-user", "sa"), System.getProperty("calendar.test.jdbc-password", ""));
    }

    @Bean(initMethod = "migrate")
    Flyway flyway(DataSource dataSource) {
      return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load();
    }

    @Bean
    @DependsOn("flyway")
    LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
      LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
      factory.setDataSource(dataSource);
      factory.setPackagesToScan(CalendarYear.class.getPackageName());
      factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
      Properties jpa = new Properties();
      // as application.yaml sets them
      jpa.put("hibernate.hbm2ddl.auto", "validate");
      jpa.put("hibernate.jdbc.time_zone", "UTC");
      jpa.put("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
      jpa.put("hibernate.implicit_naming_strategy",
          "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
      factory.setJpaProperties(jpa);
      return factory;
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
      return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }
  }
}
