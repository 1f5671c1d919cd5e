package nl.opgroeiruimte.casefile.command.partnership;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteGranted;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/**
 * The standard case the tests start from: Zwolle (GM0193) and the heat initiative "warm-assendorp"
 * about a collective heat network in Assendorp, requested in January 2025 and granted in February,
 * looked at on 15 June 2025. Only what several test classes share lives here.
 */
final class CaseScenario {

    static final String CASE_ID = "case-assendorp";
    static final String MUNICIPALITY = "GM0193";
    static final String INITIATIVE = "warm-assendorp";
    static final Scope SCOPE = new Scope("collectief warmtenet", "Assendorp");
    static final String MOTIVATION = "Het initiatief wil het warmtenet zelf ontwikkelen en beheren";

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate REQUESTED_ON = LocalDate.of(2025, 1, 13);
    static final LocalDate GRANTED_ON = LocalDate.of(2025, 2, 10);
    static final LocalDate EXCLUSIVITY_UNTIL = LocalDate.of(2026, 2, 9);

    /** Mid-morning in Zwolle on {@link #TODAY}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    static final Actor CIVIL_SERVANT =
            new Actor("ambtenaar-energie", Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT);
    static final Actor ALDERMAN = new Actor("wethouder-energie", Party.municipality(MUNICIPALITY), ActorRole.ALDERMAN);
    static final Actor BOARD_MEMBER =
            new Actor("bestuurder-warm", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);
    static final Actor FACILITATOR = new Actor("procesbegeleider", Party.external("Duneworks"), ActorRole.FACILITATOR);
    /** A civil servant of Zutphen: a real municipality, but not this case's. */
    static final Actor CIVIL_SERVANT_OF_ZUTPHEN =
            new Actor("ambtenaar-zutphen", Party.municipality("GM0301"), ActorRole.CIVIL_SERVANT);

    static final Signatory ALDERMAN_SIGNS =
            new Signatory("wethouder-energie", Party.municipality(MUNICIPALITY), "mandaat college van B&W");
    static final Signatory CHAIR_SIGNS = new Signatory("voorzitter-warm", Party.initiative(INITIATIVE), "besluit ALV");

    private CaseScenario() {}

    /**
     * A fixture for the case whose clock stands on {@link #TODAY}. After each command the fixture compares
     * the case with one sourced afresh from all its events, members included, so a state change outside an
     * event sourcing handler fails the test.
     */
    static FixtureConfiguration<Case> fixture() {
        FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    // ---------------------------------------------------------------- the standard history

    static OpgroeiruimteRequested requested() {
        return requestedBy(CIVIL_SERVANT);
    }

    static OpgroeiruimteRequested requestedBy(Actor actor) {
        return new OpgroeiruimteRequested(CASE_ID, actor, REQUESTED_ON, MUNICIPALITY, INITIATIVE, SCOPE, MOTIVATION);
    }

    static OpgroeiruimteGranted granted() {
        return grantedWith(exclusivity(GRANTED_ON, EXCLUSIVITY_UNTIL));
    }

    static OpgroeiruimteGranted grantedWith(Exclusivity exclusivity) {
        return new OpgroeiruimteGranted(CASE_ID, ALDERMAN, GRANTED_ON, bothPreconditions(), exclusivity);
    }

    static Preconditions bothPreconditions() {
        return new Preconditions(true, true);
    }

    static Exclusivity exclusivity(LocalDate from, LocalDate until) {
        return new Exclusivity("collectief warmtenet", "Assendorp", from, until);
    }

    static CasePaused paused(LocalDate on) {
        return new CasePaused(CASE_ID, CIVIL_SERVANT, on, "Gemeenteraadsverkiezingen en collegevorming");
    }

    static CaseStopped stopped(LocalDate on) {
        return new CaseStopped(CASE_ID, BOARD_MEMBER, on, "Partijen lopen te ver uit elkaar");
    }

    static AgreementSigned agreementSigned(
            String agreementId, AgreementKind kind, LocalDate signedOn, ValidityPeriod validity) {
        List<Signatory> signatories = kind.isMutual() ? List.of(ALDERMAN_SIGNS, CHAIR_SIGNS) : List.of(ALDERMAN_SIGNS);
        return new AgreementSigned(
                CASE_ID,
                ALDERMAN,
                signedOn,
                agreementId,
                kind,
                kind.name().toLowerCase().replace('_', ' '),
                signatories,
                validity,
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                "zaak-2025-0042",
                null);
    }

    // ---------------------------------------------------------------- what a refusal looks like

    /** The command was refused for breaking the rule with this (kebab-case) id. */
    static Matcher<DomainRuleViolation> violates(String rule) {
        return new FeatureMatcher<DomainRuleViolation, String>(equalTo(rule), "a violation of rule", "rule") {
            @Override
            protected String featureValueOf(DomainRuleViolation violation) {
                return violation.rule();
            }
        };
    }

    /** As {@link #violates(String)}, and the violation points at this input field. */
    static Matcher<DomainRuleViolation> violatesOn(String rule, String field) {
        return allOf(
                violates(rule), new FeatureMatcher<DomainRuleViolation, String>(equalTo(field), "on field", "field") {
                    @Override
                    protected String featureValueOf(DomainRuleViolation violation) {
                        return violation.field();
                    }
                });
    }

    /** The command names a sub-entity of the case that was never recorded. */
    static Matcher<UnknownEntity> unknown(String kind, String id) {
        return allOf(
                new FeatureMatcher<UnknownEntity, String>(equalTo(kind), "an unknown entity of kind", "kind") {
                    @Override
                    protected String featureValueOf(UnknownEntity unknown) {
                        return unknown.kind();
                    }
                },
                new FeatureMatcher<UnknownEntity, String>(equalTo(id), "with id", "id") {
                    @Override
                    protected String featureValueOf(UnknownEntity unknown) {
                        return unknown.id();
                    }
                });
    }
}
