package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.Holding;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.College;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.ElectionDay;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/**
 * An election ahead or just held while nothing anchors the case: a new college may not know what the old
 * one agreed. After the election the rule looks at the installation of the new college and the briefing
 * of its alderman for the case, not at the election day: the case is flagged until the college installed
 * after the election has a portfolio holder for the case who was briefed on it.
 */
@Component
public class ElectionNotAnchored implements IndicatorRule {

    @Override
    public String id() {
        return "election-not-anchored";
    }

    @Override
    public String description() {
        return "An election lies within casefile.indicators.election-ahead-days ahead, or was held and the college installed after it has not yet a briefed portfolio holder for the case "
                + "(without a recorded installation: up to election-behind-days after the election), and neither a structural agreement nor municipal policy with opgroeiruimte anchors the case";
    }

    @Override
    public String source() {
        return "003 §3.2.5: 'Een verkiezingsperiode kan voor meerdere wisselingen zorgen van personen die een sleutelrol vervullen'; 001 'Hoe werken we veerkrachtig samen?': 'ook politieke kleur kan veranderen' "
                + "and 'Investeer tijd in het inwerken van nieuwe mensen'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null || s.anchoredByAgreementOn(c.day()) || c.policy() != null) return List.of();
        List<Reason> reasons = new ArrayList<>();
        for (ElectionDay e : c.elections()) {
            long ahead = ChronoUnit.DAYS.between(c.day(), e.date());
            if (ahead > 0 && ahead <= c.thresholds().electionAheadDays()) {
                reasons.add(reason(
                        c, "reason.election-not-anchored.ahead", Rules.ids(e.eventId(), s.grantEventId), e.date()));
            }
        }
        ElectionDay last = lastHeld(c);
        if (last == null) return reasons;
        College installed = installedAfter(c, last.date());
        if (installed == null) {
            if (ChronoUnit.DAYS.between(last.date(), c.day()) <= c.thresholds().electionBehindDays()) {
                reasons.add(reason(
                        c, "reason.election-not-anchored", Rules.ids(last.eventId(), s.grantEventId), last.date()));
            }
        } else if (s.grantedOn.isBefore(installed.installedOn()) && briefedOn(s, installed, c.day()) == null) {
            reasons.add(reason(
                    c,
                    "reason.election-not-anchored.installed",
                    Rules.ids(last.eventId(), installed.eventId(), s.grantEventId),
                    last.date(),
                    installed.installedOn()));
        }
        return reasons;
    }

    private Reason reason(IndicatorContext c, String key, List<String> eventIds, Object... args) {
        return Rules.attention(id(), c.labels().en(key, args), c.labels().nl(key, args), eventIds);
    }

    /** The last election held on or before the day. */
    private static ElectionDay lastHeld(IndicatorContext c) {
        ElectionDay last = null;
        for (ElectionDay e : c.elections()) {
            if (!e.date().isAfter(c.day()) && (last == null || e.date().isAfter(last.date()))) last = e;
        }
        return last;
    }

    /** The first college installed on or after the election day and by the day looked at, or null. */
    private static College installedAfter(IndicatorContext c, LocalDate electionDay) {
        return c.colleges().stream()
                .filter(college -> !college.installedOn().isBefore(electionDay)
                        && !college.installedOn().isAfter(c.day()))
                .findFirst()
                .orElse(null);
    }

    /**
     * The day the new college's alderman for the case was briefed, or null: the case's portfolio holder, a
     * member of the college, either took the role on or after the installation through a hand-over, or
     * attended a meeting of the case on or after the installation.
     */
    static LocalDate briefedOn(CaseFileState s, College college, LocalDate day) {
        List<Holding> holdings = s.roles.get(CaseRole.RESPONSIBLE_ALDERMAN);
        Holding holder = s.holderOf(CaseRole.RESPONSIBLE_ALDERMAN);
        if (holder == null || !college.membersOn(day).contains(holder.personId)) return null;
        LocalDate briefed = null;
        int index = holdings.indexOf(holder);
        if (index > 0 && !holder.from.isBefore(college.installedOn()) && holdings.get(index - 1).handedOver) {
            briefed = holder.from;
        }
        for (CaseFileState.Contact contact : s.contacts) {
            boolean attended =
                    contact.attendees().stream().anyMatch(a -> a.personId().equals(holder.personId));
            if (attended
                    && !contact.on().isBefore(college.installedOn())
                    && (briefed == null || contact.on().isBefore(briefed))) {
                briefed = contact.on();
            }
        }
        return briefed;
    }

    /**
     * An election window opens or closes, an election is held, or an agreement starts or stops anchoring the
     * case; installations of a college and briefings are days of facts, which the history visits anyway.
     */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        // a policy, once adopted, stays in force; without a grant only a new fact changes anything
        if (c.state().grantedOn == null || c.policy() != null) return Optional.empty();
        if (c.state().anchoredByAgreementOn(c.day()))
            return Rules.firstAfter(c.day(), Rules.agreementBoundaries(c.state()));
        return Rules.firstAfter(
                c.day(),
                Stream.concat(
                        Rules.agreementBoundaries(c.state()),
                        c.elections().stream()
                                .flatMap(e -> Stream.of(
                                        e.date().minusDays(c.thresholds().electionAheadDays()),
                                        e.date(),
                                        e.date().plusDays(c.thresholds().electionBehindDays() + 1L)))));
    }
}
