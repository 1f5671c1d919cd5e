package nl.opgroeiruimte.casefile.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopReasonCategory;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Events stored before guarantees had money, funding delivered guarantees, and stops, terminations and
 * breaches said who and what (issue 22) are read with the application's ObjectMapper as they are, with the new fields absent: no upcaster is
 * needed because every new field is optional. And the new fields make the round trip.
 */
class StoredEventsStayReadableTest {
    private static final String ACTOR =
            "\"actor\": {\"personId\": \"p-anna\", \"party\": {\"municipality\": \"GM0193\"}, \"role\": \"civil-servant\"}";

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        new JacksonConfig().caseFileJson().customize(builder);
        return builder.build();
    }

    @Test
    void aGuaranteeStoredWithoutMoneyHasNoneOfIt() throws Exception {
        MilestonePlanned planned = json.readValue("""
                {"caseId": "c1", %s, "occurredOn": "2024-03-04", "milestoneId": "m1", "title": "Studie",
                 "dueDate": "2024-09-30", "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-cor"},
                 "guarantee": {"whatContinues": "Procesgeld", "meansAvailable": ["€ 40.000"]}}""".formatted(ACTOR), MilestonePlanned.class);

        assertThat(planned.guarantee().criteria()).isEmpty();
        assertThat(planned.guarantee().amountInEuros()).isNull();
        assertThat(planned.guarantee().budgetDecisionId()).isNull();
        assertThat(planned.guarantee().backedByMoney()).isFalse();
    }

    @Test
    void fundingStoredBeforeItCouldDeliverAGuaranteeDeliversNone() throws Exception {
        FundingCommitted committed = json.readValue("""
                {"caseId": "c1", %s, "occurredOn": "2024-03-04", "fundingId": "f1", "source": "municipal",
                 "instrument": "process-financing", "amountInEuros": 40000, "period": {"from": "2024-03-04", "until": "2024-12-31"},
                 "decisionReference": "B&W 1"}""".formatted(ACTOR), FundingCommitted.class);

        assertThat(committed.deliversGuaranteeOf()).isNull();
        assertThat(committed.amountInEuros()).isEqualByComparingTo(new BigDecimal("40000"));
    }

    @Test
    void stopsTerminationsAndBreachesStoredBeforeTheySaidWhoAndWhatSayNothing() throws Exception {
        CaseStopped stopped = json.readValue(
                "{\"caseId\": \"c1\", %s, \"occurredOn\": \"2024-03-04\", \"reason\": \"Te ver uiteen\"}"
                        .formatted(ACTOR),
                CaseStopped.class);
        AgreementTerminated terminated = json.readValue(
                "{\"caseId\": \"c1\", %s, \"occurredOn\": \"2024-03-04\", \"agreementId\": \"a1\", \"reason\": \"Opgezegd\"}"
                        .formatted(ACTOR),
                AgreementTerminated.class);
        ExclusivityBreached breached = json.readValue("""
                {"caseId": "c1", %s, "occurredOn": "2024-03-04", "breachId": "b1", "committedBy": {"municipality": "GM0193"},
                 "what": "Marktconsultatie", "source": "TenderNed"}""".formatted(ACTOR), ExclusivityBreached.class);

        assertThat(stopped)
                .isEqualTo(new CaseStopped("c1", stopped.actor(), LocalDate.parse("2024-03-04"), "Te ver uiteen"));
        assertThat(terminated.oneSided()).isFalse();
        assertThat(terminated.terminatedBy()).isNull();
        assertThat(breached.kind()).isNull();
    }

    @Test
    void theNewFieldsMakeTheRoundTrip() throws Exception {
        CaseStopped stopped = new CaseStopped(
                "c1",
                null,
                LocalDate.parse("2024-03-04"),
                "Eigen warmtebedrijf",
                ActingSide.MUNICIPALITY,
                false,
                StopReasonCategory.OTHER_ROUTE);
        ExclusivityBreached breached = new ExclusivityBreached(
                "c1", null, LocalDate.parse("2024-03-04"), "b1", null, "Eigen project", "Raad", BreachKind.OWN_PROJECT);

        assertThat(json.readValue(json.writeValueAsString(stopped), CaseStopped.class))
                .isEqualTo(stopped);
        assertThat(json.writeValueAsString(breached)).contains("\"own-project\"");
        assertThat(json.readValue(json.writeValueAsString(breached), ExclusivityBreached.class))
                .isEqualTo(breached);
        assertThat(json.writeValueAsString(stopped)).contains("\"stoppedBy\":\"municipality\"");
    }
}
