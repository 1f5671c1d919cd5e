package nl.opgroeiruimte.casefile.query.timeline;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the timeline shows a case's facts ({@code casefile.timeline.*}).
 *
 * @param lateAfterDays a fact recorded more than this many days after it happened is marked as recorded late
 */
@Validated
@ConfigurationProperties("casefile.timeline")
public record TimelineProperties(
        @DefaultValue("14") @PositiveOrZero int lateAfterDays) {}
