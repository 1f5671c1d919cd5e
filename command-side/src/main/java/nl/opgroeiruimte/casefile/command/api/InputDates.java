package nl.opgroeiruimte.casefile.command.api;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar days a client may write ({@code casefile.input.*}): no fact of a partnership lies before
 * {@code earliest-date}, no date after {@code latest-date}. A day far outside (0001-01-01, 9999-12-31) is a
 * typing error, not a fact, and would make every view that walks from the first day to today pay for
 * centuries. Stored events are not read through this: what was once accepted stays readable.
 */
@ConfigurationProperties("casefile.input")
public record InputDates(
        @DefaultValue("1990-01-01") LocalDate earliestDate,
        @DefaultValue("2199-12-31") LocalDate latestDate) {}
