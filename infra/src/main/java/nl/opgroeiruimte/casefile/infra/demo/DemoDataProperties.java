package nl.opgroeiruimte.casefile.infra.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo cases ({@code casefile.demo-data.*}; docs/web.md).
 *
 * @param enabled record the demo cases on the first start of an empty case file, and show a banner saying
 *                so on every page; on by default for the zero-setup embedded database, off on the
 *                {@code postgres} profile
 */
@ConfigurationProperties("casefile.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {}
