package dev.ollass.api.market;

import java.time.LocalDate;

/** A date range whose start is after its end. */
public class InvalidDateRange extends RuntimeException {

    public InvalidDateRange(LocalDate start, LocalDate end) {
        super("start " + start + " is after end " + end + ".");
    }
}
