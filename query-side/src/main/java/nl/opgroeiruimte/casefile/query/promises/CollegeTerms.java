package nl.opgroeiruimte.casefile.query.promises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Member;

/**
 * The colleges of a municipality with their terms, folded from the municipality's own events that
 * happened by a day: a college is in office from its installation until the next one is installed;
 * aldermen who left and their successors are members for the part of the term they served.
 */
public final class CollegeTerms {
    private CollegeTerms() {}

    /** Names are left out (null): the caller looks them up for everyone at once. */
    public static List<College> termsOn(List<RecordedEvent> municipalEvents, LocalDate day) {
        List<RecordedEvent> events = municipalEvents.stream()
                .filter(e -> e.occurredOn() != null && !e.occurredOn().isAfter(day))
                .sorted(Comparator.comparing(RecordedEvent::occurredOn).thenComparingLong(RecordedEvent::sequence))
                .toList();
        List<College> colleges = new ArrayList<>();
        LocalDate lastElection = null;
        CollegeInstalled current = null;
        String currentEventId = null;
        LocalDate electedOn = null;
        List<Member> members = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.payload() instanceof MunicipalElectionRecorded election) {
                lastElection = election.electionDate();
            } else if (e.payload() instanceof CollegeInstalled installed) {
                if (current != null) {
                    colleges.add(college(current, currentEventId, electedOn, members, installed.occurredOn()));
                }
                current = installed;
                currentEventId = e.eventId();
                electedOn = lastElection;
                members = new ArrayList<>();
                if (installed.mayor() != null) members.add(member(installed.mayor(), "mayor", installed.occurredOn()));
                for (CollegeMember alderman : installed.aldermen()) {
                    members.add(member(alderman, "alderman", installed.occurredOn()));
                }
            } else if (e.payload() instanceof AldermanDeparted departed
                    && current != null
                    && departed.collegeId().equals(current.collegeId())) {
                for (int i = 0; i < members.size(); i++) {
                    Member m = members.get(i);
                    if (m.personId().equals(departed.personId()) && m.until() == null) {
                        members.set(
                                i,
                                new Member(
                                        m.personId(),
                                        m.name(),
                                        m.role(),
                                        m.portfolios(),
                                        m.politicalParty(),
                                        m.from(),
                                        departed.occurredOn()));
                    }
                }
                if (departed.successor() != null)
                    members.add(member(departed.successor(), "alderman", departed.occurredOn()));
            }
        }
        if (current != null) colleges.add(college(current, currentEventId, electedOn, members, null));
        return colleges;
    }

    /** The college in office on the day (the latest installed by then), or null before any was recorded. */
    public static College inOffice(List<College> colleges, LocalDate day) {
        College found = null;
        for (College c : colleges) {
            if (!c.installedOn().isAfter(day)) found = c;
        }
        return found;
    }

    private static College college(
            CollegeInstalled installed, String eventId, LocalDate electedOn, List<Member> members, LocalDate next) {
        return new College(
                installed.collegeId(),
                installed.occurredOn(),
                next == null ? null : next.minusDays(1),
                electedOn,
                List.copyOf(members),
                eventId);
    }

    private static Member member(CollegeMember m, String role, LocalDate from) {
        return new Member(m.personId(), null, role, m.portfolios(), m.politicalParty(), from, null);
    }
}
