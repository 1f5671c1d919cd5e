package nl.opgroeiruimte.casefile.query.casefile;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory cache of case histories that as-of questions fold ({@code casefile.history-cache.*};
 * docs/as-of-design.md).
 *
 * @param maxEvents how many events the cache holds at most; 0 sizes it to a fifth of the heap at about
 *                  1 KB per cached event (measured: ~0.9 KB with its payload), e.g. ~100,000 events under
 *                  -Xmx512m (BENCHMARKS.md, "heap")
 */
@Validated
@ConfigurationProperties("casefile.history-cache")
public record HistoryCacheProperties(
        @DefaultValue("0") @PositiveOrZero int maxEvents) {}
