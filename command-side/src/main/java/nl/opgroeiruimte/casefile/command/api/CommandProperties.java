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
 * @param caseCache          keep cases in memory between commands, brought up to date with what other
 *                           instances recorded before each command (one query on the case's index); off
 *                           loads the snapshot and the events after it for every command
 * @param caseCacheSize      at most this many cases kept, the least recently used dropped first (and any,
 *                           should the heap run short)
 */
@Validated
@ConfigurationProperties("casefile.commands")
public record CommandProperties(
        @DefaultValue("10") @Min(1) int attemptsOnConflict,
        @DefaultValue("true") boolean caseCache,
        @DefaultValue("2000") @Min(1) long caseCacheSize) {}
