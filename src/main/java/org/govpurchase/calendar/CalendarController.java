package org.govpurchase.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.govpurchase.calendar.CalendarViews.DayView;
import org.govpurchase.calendar.CalendarViews.YearView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The working-day calendar over HTTP: how the finance bureau enters a new year's official
 * holidays without a release. Anyone signed in reads; only {@code finance-bureau} writes.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private static final String FINANCE_BUREAU = "hasRole('finance-bureau')";

  private final CalendarService service;

  CalendarController(CalendarService service) {
    this.service = service;
  }

  @GetMapping("/{year}")
  @PreAuthorize("isAuthenticated()")
  public YearView getYear(@PathVariable int year) {
    return call(() -> service.find(year));
  }

  @PutMapping("/{year}")
  @PreAuthorize(FINANCE_BUREAU)
  public YearView putYear(@PathVariable int year, @Valid @RequestBody YearRequest request, Principal user) {
    return call(() -> service.saveYear(year, request.status(), request.source(), user.getName()));
  }

  @PutMapping("/{year}/days/{date}")
  @PreAuthorize(FINANCE_BUREAU)
  public DayView putDay(
      @PathVariable int year,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @Valid @RequestBody DayRequest request,
      Principal user) {
    return call(() -> service.putDay(year, date, request.working(), request.name(), user.getName()));
  }

  @DeleteMapping("/{year}/days/{date}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize(FINANCE_BUREAU)
  public void deleteDay(
      @PathVariable int year,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Principal user) {
    call(() -> {
      service.deleteDay(year, date, user.getName());
      return null;
    });
  }

  /** Turns the service's rule violations into HTTP answers; the service knows nothing of HTTP. */
  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (CalendarService.NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage(), e);
    } catch (CalendarService.InvalidChangeException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
  }

  record YearRequest(
      @NotNull(message = "状态必填：CONFIRMED 或 UNCONFIRMED / status is required: CONFIRMED or UNCONFIRMED")
      CalendarYearStatus status,
      @Size(max = CalendarService.MAX_SOURCE, message = "来源不得超过300个字符 / source must be at most 300 characters")
      String source) {}

  /** {@code working} is a Boolean so that a forgotten field is an error, not a silent holiday. */
  record DayRequest(
      @NotNull(message = "working 必填：true 为调休上班日，false 为放假 / working is required: true for a make-up workday, false for a holiday")
      Boolean working,
      @NotBlank(message = "名称必填 / name is required")
      @Size(max = CalendarService.MAX_NAME, message = "名称不得超过100个字符 / name must be at most 100 characters")
      String name) {}
}
