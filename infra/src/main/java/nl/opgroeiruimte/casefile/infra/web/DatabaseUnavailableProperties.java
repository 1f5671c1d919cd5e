package nl.opgroeiruimte.casefile.infra.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What callers are told while the database cannot be reached ({@code casefile.database-unavailable.*}).
 *
 * @param retryAfter the {@code Retry-After} of the 503 {@code database-unavailable} answers
 */
@Validated
@ConfigurationProperties("casefile.database-unavailable")
public record DatabaseUnavailableProperties(
        @DefaultValue("PT5S") @NotNull Duration retryAfter) {}
