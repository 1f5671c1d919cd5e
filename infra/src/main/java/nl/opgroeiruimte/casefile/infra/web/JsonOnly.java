package nl.opgroeiruimte.casefile.infra.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON: a body sent as YAML, XML, CBOR or Smile is 415, not read by a converter that
 * happens to be on the class path (springdoc brings Jackson's YAML module, and Spring would use it).
 */
@Configuration(proxyBeanMethods = false)
public class JsonOnly implements WebMvcConfigurer {
    private static final List<String> OTHER_DATA_FORMATS = List.of("yaml", "xml", "cbor", "smile", "x-yaml");

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(
                converter -> converter.getSupportedMediaTypes().stream().anyMatch(JsonOnly::otherDataFormat));
    }

    private static boolean otherDataFormat(MediaType type) {
        String subtype = type.getSubtype();
        String suffix = type.getSubtypeSuffix();
        return OTHER_DATA_FORMATS.contains(subtype) || (suffix != null && OTHER_DATA_FORMATS.contains(suffix));
    }
}
