package nl.opgroeiruimte.casefile.infra.live;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import nl.opgroeiruimte.casefile.infra.live.Watch.CaseFileChanged;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchCase;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchCountry;
import nl.opgroeiruimte.casefile.infra.live.Watch.WatchMunicipality;
import nl.opgroeiruimte.casefile.infra.live.Watch.Watching;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages that something was recorded: a handler of the case file's events that answers
 * the {@link Watch} subscription queries and emits an update to those watching the case, its
 * municipality or the country, once the read models the pages show have caught up ({@link ReadModelCatchUp}).
 * It keeps no state: its processor starts at the head of the stream on every instance, which tells the
 * pages connected to it ({@link LiveUpdatesConfig}), and it does nothing when nobody watches.
 */
@Component
@ProcessingGroup(LiveUpdates.GROUP)
@DisallowReplay
public class LiveUpdates {
    public static final String GROUP = "live-updates";

    private final QueryUpdateEmitter emitter;
    private final ReadModelCatchUp catchUp;
    private final CaseQueries cases;
    private final Clock clock;

    public LiveUpdates(QueryUpdateEmitter emitter, ReadModelCatchUp catchUp, CaseQueries cases, Clock clock) {
        this.emitter = emitter;
        this.catchUp = catchUp;
        this.cases = cases;
        this.clock = clock;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message, TrackingToken token) {
        if (nobodyWatches()) return;
        String kind = RecordedEvent.kindOf(event.getClass());
        catchUp.whenCaughtUp(new ReadModelCatchUp.Subject(event.caseId(), null), message, position(token), () -> {
            String municipality =
                    cases.find(event.caseId()).map(CaseSummary::municipality).orElse(null);
            publish(new CaseFileChanged(event.caseId(), municipality, kind));
        });
    }

    @EventHandler
    void on(MunicipalityEvent event, EventMessage<?> message, TrackingToken token) {
        if (nobodyWatches()) return;
        String kind = RecordedEvent.kindOf(event.getClass());
        catchUp.whenCaughtUp(
                new ReadModelCatchUp.Subject(null, event.cbsCode()),
                message,
                position(token),
                () -> publish(new CaseFileChanged(null, event.cbsCode(), kind)));
    }

    /** Tells everyone watching the case, its municipality or the country. */
    void publish(CaseFileChanged change) {
        emitter.emit(
                WatchCase.class,
                watch -> change.caseId() == null
                        ? Objects.equals(watch.municipality(), change.municipality())
                        : Objects.equals(watch.caseId(), change.caseId()),
                change);
        if (change.municipality() != null) {
            emitter.emit(
                    WatchMunicipality.class, watch -> Objects.equals(watch.cbsCode(), change.municipality()), change);
        }
        emitter.emit(WatchCountry.class, watch -> true, change);
    }

    boolean nobodyWatches() {
        return emitter.activeSubscriptions().isEmpty();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @QueryHandler
    Watching watch(WatchCase query) {
        return new Watching(Instant.now(clock));
    }

    @QueryHandler
    Watching watch(WatchMunicipality query) {
        return new Watching(Instant.now(clock));
    }

    @QueryHandler
    Watching watch(WatchCountry query) {
        return new Watching(Instant.now(clock));
    }
}
