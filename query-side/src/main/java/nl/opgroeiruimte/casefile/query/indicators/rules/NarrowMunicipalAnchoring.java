package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** The municipal side is known to one person or one department only: good personal relations make the partnership fragile (003). */
@Component
public class NarrowMunicipalAnchoring implements IndicatorRule {

    @Override
    public String id() {
        return "narrow-municipal-anchoring";
    }

    @Override
    public String description() {
        return "Fewer than casefile.indicators.minimum-municipal-people distinct municipal people (role holders and meeting attendees over the anchoring window), or only one department";
    }

    @Override
    public String source() {
        return "003 (het initiatief breed verankeren in de gemeentelijke organisatie); 001 ('De opgave is niet van één ambtenaar')";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null) return List.of();
        LocalDate since = c.day().minusMonths(c.thresholds().anchoringWindowMonths());
        Set<String> people = new TreeSet<>();
        Set<String> departments = new TreeSet<>();
        List<String> eventIds = new ArrayList<>();
        s.roles.forEach((role, holdings) -> {
            var holder = s.holderOf(role);
            if (holder != null && role.side() == CaseRole.Side.MUNICIPALITY) {
                people.add(holder.personId);
                if (holder.department != null && !holder.department.isBlank())
                    departments.add(holder.department.trim().toLowerCase());
                eventIds.add(holder.eventId);
            }
        });
        // who requested or granted the case for the municipality knows it, within the same window as a contact
        if (knewItFromTheStart(s.requestedBy, s.requestedOn, since) && people.add(s.requestedBy.personId())) {
            eventIds.add(s.requestEventId);
        }
        if (knewItFromTheStart(s.grantedBy, s.grantedOn, since) && people.add(s.grantedBy.personId())) {
            eventIds.add(s.grantEventId);
        }
        s.contacts.stream()
                .filter(m -> !m.on().isBefore(since))
                .forEach(m -> m.attendees().stream()
                        .filter(a -> a.party().representsMunicipality())
                        .forEach(a -> {
                            people.add(a.personId());
                            eventIds.add(m.eventId());
                        }));
        if (people.size() < c.thresholds().minimumMunicipalPeople()) {
            // nobody known yet: the grant is the fact from which someone should have been
            int window = c.thresholds().anchoringWindowMonths();
            List<String> cause = eventIds.isEmpty()
                    ? Rules.ids(s.grantEventId)
                    : eventIds.stream().distinct().toList();
            return List.of(Rules.attention(
                    id(),
                    c.labels()
                            .enCount(
                                    "reason.narrow-municipal-anchoring.people",
                                    people.size(),
                                    people.size(),
                                    c.labels().enCount("duration.months", window, window)),
                    c.labels()
                            .nlCount(
                                    "reason.narrow-municipal-anchoring.people",
                                    people.size(),
                                    people.size(),
                                    c.labels().nlCount("duration.months", window, window)),
                    cause));
        }
        if (departments.size() == 1 && people.size() >= c.thresholds().minimumMunicipalPeople()) {
            return List.of(Rules.attention(
                    id(),
                    c.labels()
                            .en(
                                    "reason.narrow-municipal-anchoring.department",
                                    departments.iterator().next()),
                    c.labels()
                            .nl(
                                    "reason.narrow-municipal-anchoring.department",
                                    departments.iterator().next()),
                    eventIds.stream().distinct().toList()));
        }
        return List.of();
    }

    /** A meeting, the request or the grant drops out of the anchoring window. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null) return Optional.empty();
        int months = c.thresholds().anchoringWindowMonths();
        return Rules.firstAfter(
                c.day(),
                java.util.stream.Stream.concat(
                                s.contacts.stream().map(m -> m.on()),
                                java.util.stream.Stream.of(s.requestedOn, s.grantedOn))
                        .filter(java.util.Objects::nonNull)
                        .map(on -> Rules.firstDayOutOfWindow(on, months)));
    }

    private static boolean knewItFromTheStart(Actor actor, LocalDate on, LocalDate since) {
        return actor != null && actor.party().representsMunicipality() && !on.isBefore(since);
    }
}
