package nl.opgroeiruimte.casefile.query.indicators;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The thresholds as Spring binds them when {@code casefile.indicators} says nothing, or says only {@code overrides}. */
public final class IndicatorDefaults {
    private static final IndicatorThresholds DEFAULTS = bind(Map.of());

    private IndicatorDefaults() {}

    public static IndicatorThresholds thresholds() {
        return DEFAULTS;
    }

    /** e.g. {@code bind(Map.of("casefile.indicators.no-contact-weeks", "4"))} */
    public static IndicatorThresholds bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("casefile.indicators", IndicatorThresholds.class);
    }
}
