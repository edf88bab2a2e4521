package dev.ollass.api.market;

import dev.ollass.web.ProblemException;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/** A date range whose start is after its end. */
public class InvalidDateRange extends ProblemException {

    public InvalidDateRange(LocalDate start, LocalDate end) {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-date-range",
                "Invalid date range",
                "start " + start + " is after end " + end + ".",
                "start");
    }
}
