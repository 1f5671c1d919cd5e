package nl.opgroeiruimte.casefile.infra.processing;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one database (docs/scaling.md): each claims the projections' segments under a
 * node id of its own, and holds no more than its fair share of them.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfig {

    /**
     * Axon's JDBC token store as its auto-configuration makes it ({@code axon.eventhandling.tokenstore.*}),
     * but claiming under this instance's node id: Axon's default, the JVM's name, is the same for two
     * application contexts in one JVM and may be the same for two containers (pid 1 on equal host names),
     * and two instances under one name both take each other's claims and handle the same events twice.
     */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            Serializer serializer,
            TokenStoreProperties tokenStore,
            ProcessingProperties processing) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(tokenStore.getClaimTimeout())
                .nodeId(processing.nodeId())
                .build();
    }

    @Bean
    FairShareOfSegments fairShareOfSegments(JdbcClient jdbc, ProcessingProperties processing) {
        return new FairShareOfSegments(jdbc, processing);
    }

    /** Every pooled streaming processor asks how many segments it may hold; the answer changes as instances come and go. */
    @Bean
    ConfigurerModule segmentsSharedBetweenInstances(FairShareOfSegments fairShare) {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        (config, builder) -> builder.maxSegmentProvider(fairShare));
    }
}
