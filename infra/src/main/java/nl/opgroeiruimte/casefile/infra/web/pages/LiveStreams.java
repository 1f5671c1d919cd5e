package nl.opgroeiruimte.casefile.infra.web.pages;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.opgroeiruimte.casefile.infra.live.LiveProperties;
import nl.opgroeiruimte.casefile.infra.live.Watch.CaseFileChanged;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchCase;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchCountry;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchMunicipality;
import nl.opgroeiruimte.casefile.infra.live.Watch.Watching;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Server-sent events for the open pages: each stream is an Axon subscription query ({@code Watch...})
 * whose updates become the event {@code case-file-changed}; htmx re-fetches the parts of the page that
 * listen to it. A comment every {@code casefile.live.heartbeat} keeps proxies from closing the stream
 * and tells the server when a browser has gone.
 */
@Controller
public class LiveStreams implements SmartLifecycle {
    private final CaseAccess access;
    static final String EVENT = "case-file-changed";
    private final QueryGateway queries;
    private final CaseQueries cases;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public LiveStreams(QueryGateway queries, CaseQueries cases, LiveProperties settings, CaseAccess access) {
        this.access = access;
        this.queries = queries;
        this.cases = cases;
        this.heartbeat = settings.heartbeat();
        this.timeout = settings.streamTimeout();
    }

    @GetMapping(path = "/live/dossiers/{caseId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter caseFile(@PathVariable String caseId) {
        access.requireRead(caseId);
        CaseSummary summary = cases.find(caseId)
                .orElseThrow(() -> new PageNotFound("Er is geen traject met kenmerk ‘" + caseId + "’."));
        return stream(new WatchCase(caseId, summary.municipality()));
    }

    @GetMapping(path = "/live/gemeenten/{cbsCode}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter municipality(@PathVariable String cbsCode) {
        access.requireMunicipality(cbsCode);
        if (!DutchMunicipalities.isCurrent(cbsCode))
            throw new PageNotFound("Er is geen gemeente met CBS-code " + cbsCode + ".");
        return stream(new WatchMunicipality(cbsCode));
    }

    @GetMapping(path = "/live/overzicht", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter country() {
        if (!access.requireCaseReader().isAdministrator())
            throw new NotPermitted("The country overview is for administrators");
        return stream(new WatchCountry());
    }

    private SseEmitter stream(Object watch) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        SubscriptionQueryResult<Watching, CaseFileChanged> subscription = queries.subscriptionQuery(
                watch, ResponseTypes.instanceOf(Watching.class), ResponseTypes.instanceOf(CaseFileChanged.class));
        Flux<SseEmitter.SseEventBuilder> events = Flux.merge(
                subscription
                        .updates()
                        .map(change -> SseEmitter.event()
                                .name(EVENT)
                                .data(change.kind() + (change.caseId() == null ? "" : " " + change.caseId()))),
                Flux.interval(heartbeat).map(tick -> SseEmitter.event().comment("heartbeat")));
        Disposable sending = events.subscribe(
                event -> {
                    try {
                        emitter.send(event);
                    } catch (IOException | IllegalStateException gone) {
                        // the browser went away; the container's error dispatch ends the stream (onError below)
                    }
                },
                emitter::completeWithError,
                emitter::complete);
        Runnable close = () -> {
            open.remove(emitter);
            sending.dispose();
            subscription.cancel();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(emitter::complete);
        emitter.onError(error -> close.run());
        open.add(emitter);
        try {
            emitter.send(SseEmitter.event().name("ready").data("verbonden"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    // Open streams end before the web server shuts down gracefully, which would otherwise wait for them.

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
