package nl.opgroeiruimte.casefile.infra.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The projections' processor metrics ({@code casefile.metrics.*}).
 *
 * @param capacityWindow the window over which a processor's capacity ({@code eventProcessor.capacity}) is
 *                       measured; Axon's own ten minutes filled the heap during rebuilds (BENCHMARKS.md, "heap")
 */
@Validated
@ConfigurationProperties("casefile.metrics")
public record ProcessorMetricsProperties(
        @DefaultValue("PT10S") @NotNull Duration capacityWindow) {}
