package nl.opgroeiruimte.casefile.infra.reorganisation;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalReorganisationRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MoveCaseToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves every case of a former municipality to its successor once a reorganisation (herindeling) is
 * recorded, by a {@link MoveCaseToSuccessor} on each case, so that the move is an event in the case's own
 * history and nothing before it changes. A case of a former municipality entered after the reorganisation
 * was recorded (history filled in late) is moved as soon as it is requested.
 *
 * <p>Reliable: one segment handles the cases' and the municipalities' streams in the order they were
 * stored, and each move is sent in the transaction that moves this processor's token (the command's
 * events are stored in it), so a crash sends it again rather than never, and a case moved already ignores
 * it. Never replayed: a reset would send every move again; the moves are in the cases' histories, where the
 * projections find them.
 */
@Component
@ProcessingGroup(MunicipalReorganisationProcess.PROCESSOR)
@DisallowReplay
class MunicipalReorganisationProcess {
    static final String PROCESSOR = "municipal-reorganisations";
    private static final Logger log = LoggerFactory.getLogger(MunicipalReorganisationProcess.class);

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    MunicipalReorganisationProcess(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(OpgroeiruimteRequested e) {
        jdbc.sql("delete from reorganisation_case where case_id = ?")
                .param(e.caseId())
                .update();
        jdbc.sql("insert into reorganisation_case (case_id, municipality, requested_on) values (?, ?, ?)")
                .params(e.caseId(), e.municipality(), e.occurredOn())
                .update();
        moveIfMerged(e.caseId(), e.municipality(), e.occurredOn());
    }

    @EventHandler
    void on(CaseMovedToSuccessor e) {
        jdbc.sql("update reorganisation_case set municipality = ? where case_id = ?")
                .params(e.successor(), e.caseId())
                .update();
        // the successor may itself have merged into another since
        jdbc.sql("select requested_on from reorganisation_case where case_id = ?")
                .param(e.caseId())
                .query(LocalDate.class)
                .optional()
                .ifPresent(requestedOn -> moveIfMerged(e.caseId(), e.successor(), requestedOn));
    }

    @EventHandler
    void on(MunicipalReorganisationRecorded e) {
        for (String former : e.formerMunicipalities()) {
            jdbc.sql("delete from reorganisation_merger where former_municipality = ?")
                    .param(former)
                    .update();
            jdbc.sql(
                            "insert into reorganisation_merger (former_municipality, successor, effective_on) values (?, ?, ?)")
                    .params(former, e.cbsCode(), e.occurredOn())
                    .update();
            List<CaseOf> cases = jdbc.sql(
                            "select case_id, requested_on from reorganisation_case where municipality = ? order by case_id")
                    .param(former)
                    .query((rs, n) -> new CaseOf(rs.getString(1), rs.getObject(2, LocalDate.class)))
                    .list();
            for (CaseOf c : cases) move(c.caseId(), c.requestedOn(), former, e.cbsCode(), e.occurredOn());
        }
    }

    private void moveIfMerged(String caseId, String municipality, LocalDate requestedOn) {
        jdbc.sql("select successor, effective_on from reorganisation_merger where former_municipality = ?")
                .param(municipality)
                .query((rs, n) -> new Merger(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional()
                .ifPresent(merger -> move(caseId, requestedOn, municipality, merger.successor(), merger.effectiveOn()));
    }

    private void move(String caseId, LocalDate requestedOn, String former, String successor, LocalDate effectiveOn) {
        if (!requestedOn.isBefore(effectiveOn)) {
            // requested under the former code on or after the reorganisation: refused at the request since
            // the reference list knows it; a case older than that list's entry stays where it is
            log.warn(
                    "Case {} was requested under {} on {}, not before its reorganisation into {} on {}; not moved",
                    caseId,
                    former,
                    requestedOn,
                    successor,
                    effectiveOn);
            return;
        }
        try {
            commands.sendAndWait(new MoveCaseToSuccessor(caseId, effectiveOn, former, successor));
        } catch (DomainRuleViolation refused) {
            log.warn("Case {} was not moved from {} to {}: {}", caseId, former, successor, refused.getMessage());
        }
    }

    private record CaseOf(String caseId, LocalDate requestedOn) {}

    private record Merger(String successor, LocalDate effectiveOn) {}
}
