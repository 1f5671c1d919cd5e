package nl.opgroeiruimte.casefile.query.indicators;

import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every rule in the {@code rules} package, found the way Spring finds them, so that a new rule cannot be missed. */
public final class AllRules {
    private static final String PACKAGE = "nl.opgroeiruimte.casefile.query.indicators.rules";

    private AllRules() {}

    public static List<Class<?>> classes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(IndicatorRule.class));
        return scanner.findCandidateComponents(PACKAGE).stream()
                .<Class<?>>map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparing(Class<?>::getSimpleName))
                .toList();
    }

    public static List<IndicatorRule> instances() {
        return classes().stream()
                .map(type -> {
                    try {
                        return (IndicatorRule) type.getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
