package nl.opgroeiruimte.casefile.infra.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casefile.instance.role}: {@code all} (the default, everything in one instance), {@code api} or
 * {@code projector}; chosen per instance (docs/scaling.md, "Instance roles").
 */
@ConfigurationProperties("casefile.instance")
public record InstanceProperties(@DefaultValue("all") InstanceRole role) {}
