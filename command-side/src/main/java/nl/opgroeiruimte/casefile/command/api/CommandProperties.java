package nl.opgroeiruimte.casefile.command.api;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How commands are decided ({@code casefile.commands.*}; every setting: docs/configuration.md).
 *
 * @param attemptsOnConflict a command without {@code If-Match} that lost a race with another command on
 *                           the same case (both decided on the same version) is decided again on the case
 *                           as it now is, up to this many attempts in all
 * @param caseCache          keep cases in memory between commands (weak references). Off: with several
 *                           instances a copy that another instance has moved on could refuse a command on a
 *                           state that is no longer true (appends on a stale copy do conflict and are
 *                           retried, refusals are not). Safe when one instance handles the commands;
 *                           BENCHMARKS.md measures both
 */
@Validated
@ConfigurationProperties("casefile.commands")
public record CommandProperties(
        @DefaultValue("10") @Min(1) int attemptsOnConflict,
        @DefaultValue("false") boolean caseCache) {}
