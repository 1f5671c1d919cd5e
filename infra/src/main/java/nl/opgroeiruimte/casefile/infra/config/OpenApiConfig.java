package nl.opgroeiruimte.casefile.infra.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: how to sign in, the problem+json shape every error has, and on every
 * operation the errors it can give, so that a client can rely on the description alone.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI caseFileApi() {
        Schema<?> problem = new ObjectSchema()
                .addProperty("type", new StringSchema().example("urn:opgroeiruimte:problem:milestone-already-decided"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("the rule broken, stable and kebab-case"))
                .addProperty("field", new StringSchema().description("the input field concerned, when there is one"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("rule", new StringSchema())
                        .addProperty("message", new StringSchema())));
        return new OpenAPI()
                .info(new Info().title("Opgroeiruimte case file").version("1.0.0")
                        .description("The event-sourced case file of partnerships between municipalities and resident "
                                + "energy initiatives. Every command is the creation of a record (POST); reads are GET; "
                                + "errors are RFC 9457 problem+json."))
                .components(new Components()
                        .addSchemas("Problem", problem)
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local mode (embedded default) only"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Claims: sub (person id), role, municipality, initiative")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> common = Map.of(
                "400", "Malformed or invalid input (the field and rule are named)",
                "401", "Not signed in",
                "403", "Signed in, but not allowed to see or do this",
                "404", "Unknown case, sub-entity or route",
                "500", "Something went wrong on our side");
        Map<String, String> commands = Map.of(
                "409", "A domain rule or state conflict",
                "412", "If-Match carries a stale version",
                "413", "The request body is too large",
                "415", "The request body is not JSON",
                "422", "The Idempotency-Key was used for a different request");
        return openApi -> openApi.getPaths().values().forEach(path -> {
            path.readOperations().forEach(operation -> {
                common.forEach((code, text) -> operation.getResponses().putIfAbsent(code, problem(text)));
                operation.getResponses().values().forEach(response -> response.addHeaderObject("API-Version",
                        new Header().description("The API version that answered").schema(new StringSchema())));
            });
            if (path.getPost() != null) {
                commands.forEach((code, text) -> path.getPost().getResponses().putIfAbsent(code, problem(text)));
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
