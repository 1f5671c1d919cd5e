package nl.opgroeiruimte.casefile.bench.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.opgroeiruimte.casefile.infra.config.JacksonConfig;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's own formats, without starting the service: its schema (the Flyway migrations it runs
 * on start) and its serializer (Axon's JacksonSerializer on the ObjectMapper that Spring Boot builds
 * with the service's {@link JacksonConfig} and {@code spring.jackson.*} settings, exactly as Axon's
 * auto-configuration does for {@code axon.serializer.events: jackson}).
 */
public final class ServiceFormat {
    private ServiceFormat() {}

    public static void migrate(String jdbcUrl, String user) {
        // the Java migration the service's Spring context hands to Flyway too, so that both see the same history
        Flyway.configure()
                .dataSource(jdbcUrl, user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .javaMigrations(new nl.opgroeiruimte.casefile.infra.record.V55__Seal_event_chains())
                .load()
                .migrate();
    }

    public static Serializer serializer() {
        try (ConfigurableApplicationContext json = new SpringApplicationBuilder(
                        JacksonAutoConfiguration.class, JacksonConfig.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--logging.level.root=WARN")) {
            ObjectMapper mapper = json.getBean(ObjectMapper.class);
            return JacksonSerializer.builder()
                    .revisionResolver(new AnnotationRevisionResolver())
                    .converter(new ChainingConverter(ServiceFormat.class.getClassLoader()))
                    .objectMapper(mapper)
                    .build();
        }
    }
}
