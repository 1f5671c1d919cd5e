package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.query.research.CaseReplay;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A researcher's step-by-step replay is pseudonymised like their exports: the answer is walked along its
 * records by the same {@link Pseudonymiser} and {@link FieldPolicy}, so person ids become pseudonyms and
 * every free text (titles, reasons, summaries, names) is withheld; ids of events, their kinds and the rules'
 * ids are kept so the steps stay readable. The pseudonyms are keyed per researcher under a secret drawn at
 * start-up and never stored: stable across the steps they take while the service runs, unrelated to any
 * export's and to another researcher's.
 */
@RestControllerAdvice
class ResearcherReplayAdvice implements ResponseBodyAdvice<Object> {
    /** Text fields of the replay that name no one: event ids and kinds, and the stop-go rules' ids. */
    static final List<String> KEPT = List.of("eventId", "eventIds", "kind", "rule");

    private final CurrentCaller callers;
    private final ObjectMapper json;
    private final Mac perResearcher;

    ResearcherReplayAdvice(CurrentCaller callers, ObjectMapper caseFileJson) {
        this.callers = callers;
        this.json = caseFileJson;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            perResearcher = Mac.getInstance("HmacSHA256");
            perResearcher.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return CaseReplay.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof CaseReplay replay)) return body;
        var caller = callers.get().orElse(null);
        if (caller == null || caller.role() != CallerRole.RESEARCHER) return body;
        ObjectNode tree = json.valueToTree(replay);
        return pseudonymiserFor(String.valueOf(caller.personId())).data(tree, CaseReplay.class);
    }

    private Pseudonymiser pseudonymiserFor(String researcher) {
        byte[] key;
        synchronized (perResearcher) {
            key = perResearcher.doFinal(researcher.getBytes(StandardCharsets.UTF_8));
        }
        return Pseudonymiser.withKey(key, KEPT);
    }
}
