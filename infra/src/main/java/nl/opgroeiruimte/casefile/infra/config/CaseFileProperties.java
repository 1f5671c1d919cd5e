package nl.opgroeiruimte.casefile.infra.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings directly under {@code casefile} (every setting: docs/configuration.md).
 *
 * @param timeZone          the zone of the case file's clock: what "today" is, and when a day ends for
 *                          deadlines and the indicators' daily re-evaluation
 * @param snapshotThreshold a case with a long history is rebuilt from a snapshot taken every this many events
 */
@Validated
@ConfigurationProperties("casefile")
public record CaseFileProperties(
        @DefaultValue("Europe/Amsterdam") @NotNull ZoneId timeZone,
        @DefaultValue("250") @Min(1) int snapshotThreshold) {}
