package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.Holding;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.College;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.Departure;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/**
 * The alderman of the case: the case's portfolio holder (its responsible alderman) is linked to the
 * college by person id. When a college is installed without them, or they leave the college, nobody in
 * the college carries the case until the new portfolio holder is recorded.
 */
@Component
public class PortfolioHolderNotInCollege implements IndicatorRule {

    @Override
    public String id() {
        return "portfolio-holder-not-in-college";
    }

    @Override
    public String description() {
        return "The case's responsible alderman, recorded before the college in office was installed (or before they left it), is not a member of that college, and no new portfolio holder has been recorded since";
    }

    @Override
    public String source() {
        return "003 §3.2.5: 'Een verkiezingsperiode kan voor meerdere wisselingen zorgen van personen die een sleutelrol vervullen'; "
                + "003 §7.2.2: 'Wisselingen van ambtenaren, wethouders en raadsleden houden vaak in dat een relatie opnieuw moet worden opgebouwd'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        College college = c.collegeInOffice();
        List<Holding> holdings = s.roles.get(CaseRole.RESPONSIBLE_ALDERMAN);
        if (s.grantedOn == null || college == null || holdings == null || holdings.isEmpty()) return List.of();
        Holding last = holdings.get(holdings.size() - 1);
        if (college.membersOn(c.day()).contains(last.personId)) return List.of();
        Departure departure = college.departureOf(last.personId, c.day());
        String changeEventId;
        java.time.LocalDate changedOn;
        if (departure != null && !departure.on().isBefore(last.from)) {
            changeEventId = departure.eventId();
            changedOn = departure.on();
        } else if (!college.installedOn().isBefore(last.from)) {
            changeEventId = college.eventId();
            changedOn = college.installedOn();
        } else {
            return List.of(); // recorded as portfolio holder after the college changed: the user's record stands
        }
        return List.of(Rules.attention(
                id(),
                c.labels().en("reason.portfolio-holder-not-in-college", changedOn),
                c.labels().nl("reason.portfolio-holder-not-in-college", changedOn),
                Rules.ids(changeEventId, last.eventId)));
    }

    /**
     * Only facts change this: a new portfolio holder, or a college installed or an alderman leaving, which the
     * history visits as days of the municipality's facts.
     */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Optional.empty();
    }
}
