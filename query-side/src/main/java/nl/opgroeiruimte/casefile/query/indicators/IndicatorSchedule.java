package nl.opgroeiruimte.casefile.query.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the {@link IndicatorRefresher} brings the stored indicators up to date ({@code casefile.indicators.*},
 * next to the rules' {@link IndicatorThresholds}).
 *
 * @param refreshInterval how long after one pass over the stale cases the next one starts
 * @param dailyCron       when, every day in the case file's time zone, every case is marked stale because
 *                        the day changed (Spring cron: second minute hour day month weekday)
 */
@Validated
@ConfigurationProperties("casefile.indicators")
public record IndicatorSchedule(
        @DefaultValue("PT2S") @NotNull Duration refreshInterval,
        @DefaultValue("0 5 0 * * *") @NotBlank String dailyCron) {}
