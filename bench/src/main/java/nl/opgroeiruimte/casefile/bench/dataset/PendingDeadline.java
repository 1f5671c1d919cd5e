package nl.opgroeiruimte.casefile.bench.dataset;

import java.time.Instant;
import org.axonframework.messaging.ScopeDescriptor;

/** A deadline an aggregate set that falls due after the dataset's last day; the service's own deadline manager takes it over. */
public record PendingDeadline(Instant at, String name, Object payload, ScopeDescriptor scope) {}
