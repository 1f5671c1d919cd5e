package nl.opgroeiruimte.casefile.infra.research;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The CloudEvents {@code type} of every event the case file records, and back: reverse-domain notation with
 * the event's kind and its {@code @Revision} as version ({@code nl.opgroeiruimte.casefile.milestone-planned.v1}).
 * Found by scanning the shared kernel, so a new event needs no registration here; an event without a
 * revision is version 0.
 */
public final class EventTypes {
    public static final String PREFIX = "nl.opgroeiruimte.casefile.";
    public static final String MANIFEST_TYPE = PREFIX + "export-manifest.v1";
    private static final String KERNEL = "nl.opgroeiruimte.casefile.kernel";

    /** One event class with its CloudEvents type and its revision as Axon stores it. */
    public record EventType(Class<?> javaType, String cloudEventsType, String revision) {}

    private final Map<String, EventType> byClassName;
    private final Map<String, EventType> byCloudEventsType;

    private EventTypes(Map<String, EventType> byClassName, Map<String, EventType> byCloudEventsType) {
        this.byClassName = byClassName;
        this.byCloudEventsType = byCloudEventsType;
    }

    public static EventTypes scanKernel() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseFileEvent.class));
        Map<String, EventType> byClass = new TreeMap<>();
        Map<String, EventType> byType = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents(KERNEL)) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), EventTypes.class.getClassLoader());
            Revision revision = type.getAnnotation(Revision.class);
            String version = revision == null ? "0" : revision.value();
            EventType eventType = new EventType(
                    type,
                    PREFIX + RecordedEvent.kindOf(type) + ".v" + version,
                    revision == null ? null : revision.value());
            byClass.put(type.getName(), eventType);
            if (byType.put(eventType.cloudEventsType(), eventType) != null) {
                throw new IllegalStateException("Two events share the CloudEvents type " + eventType.cloudEventsType());
            }
        }
        return new EventTypes(Collections.unmodifiableMap(byClass), Collections.unmodifiableMap(byType));
    }

    /** The type of a stored payload, by the class name Axon keeps in {@code payloadtype}. */
    public Optional<EventType> ofStoredPayloadType(String className) {
        return Optional.ofNullable(byClassName.get(className));
    }

    public Optional<EventType> ofCloudEventsType(String cloudEventsType) {
        return Optional.ofNullable(byCloudEventsType.get(cloudEventsType));
    }

    public Iterable<EventType> all() {
        return byClassName.values();
    }
}
