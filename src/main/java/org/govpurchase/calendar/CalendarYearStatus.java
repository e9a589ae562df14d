package org.govpurchase.calendar;

/** Whether a year's official holiday schedule (国办发明电) has been entered and checked. */
enum CalendarYearStatus {
  /** The official schedule is entered: its holidays and make-up workdays count. */
  CONFIRMED,
  /** Not published or not yet entered: the year counts weekends only. */
  UNCONFIRMED
}
