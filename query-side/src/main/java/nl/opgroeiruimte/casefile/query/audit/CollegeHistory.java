package nl.opgroeiruimte.casefile.query.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.CollegeInOffice;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/**
 * Which college of mayor and aldermen was in office in a municipality on a date, read from the
 * municipality's own events (not copied into every case): the latest college installed by then, less
 * the aldermen who left and plus their successors.
 */
@Component
public class CollegeHistory {
    private final CaseHistory history;
    private final PeopleDirectory people;

    public CollegeHistory(CaseHistory history, PeopleDirectory people) {
        this.history = history;
        this.people = people;
    }

    public CollegeInOffice inOffice(String cbsCode, LocalDate day) {
        if (cbsCode == null) return null;
        List<RecordedEvent> events = history.of(MunicipalityCommand.streamId(cbsCode)).stream()
                .filter(e -> e.occurredOn() != null && !e.occurredOn().isAfter(day))
                .sorted(Comparator.comparing(RecordedEvent::occurredOn).thenComparingLong(RecordedEvent::sequence))
                .toList();
        CollegeInstalled college = null;
        String collegeEventId = null;
        LocalDate electedOn = null;
        List<CollegeMember> members = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.payload() instanceof MunicipalElectionRecorded election) {
                electedOn = election.electionDate();
            } else if (e.payload() instanceof CollegeInstalled installed) {
                college = installed;
                collegeEventId = e.eventId();
                members.clear();
                if (installed.mayor() != null) members.add(installed.mayor());
                members.addAll(installed.aldermen());
            } else if (e.payload() instanceof AldermanDeparted departed
                    && college != null
                    && departed.collegeId().equals(college.collegeId())) {
                members.removeIf(m -> m.personId().equals(departed.personId()));
                if (departed.successor() != null) members.add(departed.successor());
            }
        }
        if (college == null) return null;
        List<String> described = members.stream()
                .map(m -> people.displayName(m.personId()) + " (" + String.join(", ", m.portfolios()) + ")")
                .toList();
        return new CollegeInOffice(college.occurredOn(), electedOn, described, collegeEventId);
    }
}
