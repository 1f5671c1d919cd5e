package nl.opgroeiruimte.casefile.infra.live;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live updates of the open pages ({@code casefile.live.*}; docs/web.md).
 *
 * @param maxWait       an update waits at most this long for the read models the pages show
 * @param indicatorPoll how often the stored indicators are compared (they also change without events)
 * @param heartbeat     a comment this often keeps each event stream open through proxies
 * @param streamTimeout an event stream is closed after this long; the browser renews it
 */
@Validated
@ConfigurationProperties("casefile.live")
public record LiveProperties(
        @DefaultValue("PT10S") @NotNull Duration maxWait,
        @DefaultValue("PT2S") @NotNull Duration indicatorPoll,
        @DefaultValue("PT25S") @NotNull Duration heartbeat,
        @DefaultValue("PT30M") @NotNull Duration streamTimeout) {}
