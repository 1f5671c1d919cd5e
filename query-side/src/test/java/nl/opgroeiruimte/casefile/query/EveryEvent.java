package nl.opgroeiruimte.casefile.query;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every event type the shared kernel declares, found by scanning it (so a new event is included without
 * registering it anywhere), and a sample of each with every field filled. Tests that must hold for every
 * event use it, so no event can fall through a chain of {@code instanceof} to a default.
 */
public final class EveryEvent {
    /** The sample date every event carries. */
    public static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private EveryEvent() {}

    /** Every concrete event type assignable to {@code kind} (e.g. {@code CaseEvent}), by name. */
    public static <T> List<Class<? extends T>> ofKind(Class<T> kind) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(kind));
        List<Class<? extends T>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("nl.opgroeiruimte.casefile.kernel")) {
            types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), EveryEvent.class.getClassLoader())
                    .asSubclass(kind));
        }
        types.sort(Comparator.comparing(Class::getName));
        if (types.isEmpty())
            throw new IllegalStateException("No event of kind " + kind.getSimpleName() + " found on the classpath");
        return types;
    }

    public static List<Class<? extends CaseFileEvent>> all() {
        return ofKind(CaseFileEvent.class);
    }

    /** An instance of the event with every field given: text "x", numbers 1, the first value of each enum, one element per list. */
    public static <T> T sample(Class<T> type) {
        return type.cast(value(type, type));
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) return "x";
        if (type == LocalDate.class) return DAY;
        if (type == Instant.class) return Instant.parse("2024-03-01T09:00:00Z");
        if (type == int.class || type == Integer.class) return 1;
        if (type == long.class || type == Long.class) return 1L;
        if (type == boolean.class || type == Boolean.class) return true;
        if (type == BigDecimal.class) return new BigDecimal("1000.00");
        if (type == Party.class) return Party.municipality("GM0193");
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            Object one = value(rawClass(element), element);
            return Set.class.isAssignableFrom(type) ? Set.of(one) : List.of(one);
        }
        if (Map.class.isAssignableFrom(type)) return Map.of();
        if (type.isRecord()) return record(type);
        throw new IllegalArgumentException("No sample value for " + type.getName() + "; teach EveryEvent one");
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalArgumentException("No sample value for " + type);
    }
}
