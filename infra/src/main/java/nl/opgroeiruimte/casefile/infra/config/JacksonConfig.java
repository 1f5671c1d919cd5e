package nl.opgroeiruimte.casefile.infra.config;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One ObjectMapper for the API and for Axon's Jackson serializer, so that what a client sends, what the
 * event store keeps and what an export shows use the same words and date formats (ISO 8601).
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer caseFileJson() {
        return builder -> builder.modulesToInstall(modules -> modules.add(new KebabCaseEnums()))
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
