package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudevents.jackson.JsonFormat;

/**
 * The JSON of export lines. Event payloads pass through it as trees, so it keeps numbers exactly as
 * stored ({@code 40000.00} stays {@code 40000.00}, not {@code 40000.0}): an imported event must read
 * back the same as the original. CloudEvents are read and written by the SDK's Jackson module.
 */
final class ResearchJson {
    private ResearchJson() {}

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .addModule(JsonFormat.getCloudEventJacksonModule())
                .build();
    }
}
