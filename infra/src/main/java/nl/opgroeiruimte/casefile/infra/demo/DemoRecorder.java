package nl.opgroeiruimte.casefile.infra.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Records the demo through the command gateway, as a user would have done over the years: every
 * command in the order it was recorded, each event stamped with the day it was recorded, which is the
 * day it happened unless the story says it was recorded late. The timeline's "recorded late" marks then
 * mean what they mean in real use.
 *
 * <p>Axon takes the recording time of an event from its static {@link GenericEventMessage#clock}; while
 * the demo is being recorded that clock answers the demo's day on this thread only, and the real time
 * on every other thread (a request that arrives meanwhile is stamped as always).
 */
final class DemoRecorder {
    private record Step(LocalDate recordedOn, int order, Object command) {}

    /** The demo is recorded by the case file itself, which every event says. */
    static final Map<String, String> RECORDER = Recorder.system("demo data").asMetaData();

    private final List<Step> steps = new ArrayList<>();
    private final LocalDate today;

    DemoRecorder(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** A fact recorded on the day it happened. */
    void record(CaseFileCommand command) {
        recordOn(command.occurredOn(), command);
    }

    /** A fact recorded some days after it happened. */
    void recordOn(LocalDate recordedOn, Object command) {
        if (recordedOn.isAfter(today)) {
            throw new IllegalStateException(
                    "The demo cannot record on " + recordedOn + ", after today (" + today + "): " + command);
        }
        steps.add(new Step(recordedOn, steps.size(), command));
    }

    int size() {
        return steps.size();
    }

    /** A command as the demo will send it, with the day it is recorded on. */
    record Recorded(LocalDate recordedOn, Object command) {}

    /** Every command in the order it will be sent, for the tests that check the demo tells a consistent story. */
    List<Recorded> inOrder() {
        return steps.stream()
                .sorted(Comparator.comparing(Step::recordedOn).thenComparingInt(Step::order))
                .map(step -> new Recorded(step.recordedOn(), step.command()))
                .toList();
    }

    /** Sends every command in the order of recording (then of writing) and returns how many were sent. */
    int sendAll(CommandGateway gateway, Clock clock) {
        List<Step> inOrder = steps.stream()
                .sorted(Comparator.comparing(Step::recordedOn).thenComparingInt(Step::order))
                .toList();
        Clock previous = GenericEventMessage.clock;
        RecordingDayClock recordingDay = new RecordingDayClock(previous);
        GenericEventMessage.clock = recordingDay;
        try {
            int secondOfDay = 0;
            LocalDate day = null;
            for (Step step : inOrder) {
                secondOfDay = step.recordedOn().equals(day) ? secondOfDay + 1 : 0;
                day = step.recordedOn();
                Instant at = step.recordedOn()
                        .atTime(10, 0)
                        .plusSeconds(secondOfDay * 37L)
                        .atZone(clock.getZone())
                        .toInstant();
                Instant now = clock.instant();
                recordingDay.set(at.isAfter(now) ? now : at);
                try {
                    gateway.sendAndWait(GenericCommandMessage.asCommandMessage(step.command())
                            .andMetaData(RECORDER));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Demo command refused: " + step.command(), e);
                }
            }
            return inOrder.size();
        } finally {
            recordingDay.set(null);
            GenericEventMessage.clock = previous;
        }
    }

    /** The real clock, except on the thread that records the demo, where it says when the demo's fact was recorded. */
    private static final class RecordingDayClock extends Clock {
        private final Clock real;
        private final ThreadLocal<Instant> demoInstant = new ThreadLocal<>();

        RecordingDayClock(Clock real) {
            this.real = real;
        }

        void set(Instant instant) {
            if (instant == null) demoInstant.remove();
            else demoInstant.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return real.withZone(zone);
        }

        @Override
        public Instant instant() {
            Instant demo = demoInstant.get();
            return demo != null ? demo : real.instant();
        }
    }
}
