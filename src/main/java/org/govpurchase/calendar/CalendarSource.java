package org.govpurchase.calendar;

/**
 * Where {@link WorkingDays} reads the calendar. Read on every call, not cached: a few dozen rows,
 * and every engine node sees an administrator's change at once.
 */
@FunctionalInterface
interface CalendarSource {

  WorkingDayCalendar load();
}
