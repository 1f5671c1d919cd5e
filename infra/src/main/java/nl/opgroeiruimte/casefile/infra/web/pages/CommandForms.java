package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;

/**
 * The forms of the case page that follow one pattern (who, a few fields, when), each described once
 * here and drawn by one template fragment ({@code fragments/forms :: command}), so that every command of
 * the API has its form without a page of markup each. Field names are the JSON paths the API reads.
 */
final class CommandForms {
    private CommandForms() {}

    /** How a field is drawn and read. */
    enum Kind {
        /** one line of text */
        TEXT,
        /** several lines of text */
        LONG_TEXT,
        /** several lines, each an item of a list */
        LINES,
        DATE,
        NUMBER,
        /** one of the options */
        CHOICE,
        /** one of the options, filling a {placeholder} of the API path */
        PATH_CHOICE,
        /** any number of the options, as a list */
        CHECKS,
        /** a registered person as the actor JSON (who, for which party, in which role) */
        ACTOR,
        /** a registered person's id */
        PERSON_ID,
        /** yes or no, as a boolean */
        YES_NO
    }

    record Field(
            String id,
            String name,
            String label,
            Kind kind,
            boolean required,
            String hint,
            List<CasePage.Option> options) {}

    record Form(String id, String title, String api, String success, String submit, List<Field> fields) {}

    /** The described forms of a case in its present state, for someone who may record in it. */
    static List<Form> forCase(String caseId, AuditTrail now, DutchWords nl) {
        String base = "/api/v1/cases/" + caseId;
        List<Form> forms = new ArrayList<>();
        boolean closed = now.closedOn() != null;
        boolean paused = "paused".equals(now.status());
        boolean granted = now.grantedOn() != null;

        forms.add(form(
                "question",
                "Vraag vastleggen",
                base + "/questions",
                "De vraag is vastgelegd.",
                "Vraag vastleggen",
                actor("question-actor", "actor", "Vastgelegd door"),
                actor("question-asked-by", "askedBy", "Gesteld door"),
                choice("question-topic", "topic", "Onderwerp", true, options(QuestionTopic.values(), nl)),
                field("question-text", "question", "Vraag", Kind.LONG_TEXT, true, null)));
        List<CasePage.Option> openQuestions = now.openQuestions().stream()
                .map(q -> new CasePage.Option(q.questionId(), shorten(q.question())))
                .toList();
        if (!openQuestions.isEmpty()) {
            forms.add(form(
                    "answer",
                    "Antwoord vastleggen: nu, ooit of nooit",
                    base + "/questions/{questionId}/answers",
                    "Het antwoord is vastgelegd.",
                    "Antwoord vastleggen",
                    actor("answer-actor", "actor", "Vastgelegd door"),
                    pathChoice("answer-question", "questionId", "Vraag", openQuestions),
                    actor("answer-answered-by", "answeredBy", "Beantwoord door"),
                    choice("answer-status", "status", "Antwoord", true, options(AnswerStatus.values(), nl)),
                    field("answer-considerations", "considerations", "Overwegingen", Kind.LONG_TEXT, true, null),
                    field(
                            "answer-mandate",
                            "mandate",
                            "Mandaat",
                            Kind.TEXT,
                            true,
                            "Namens wie en binnen welke ruimte is dit antwoord gegeven?"),
                    field("answer-expected", "expectedOn", "Verwacht moment (bij ‘ooit’)", Kind.DATE, false, null),
                    field("answer-condition", "condition", "Voorwaarde (bij ‘ooit’)", Kind.TEXT, false, null)));
            forms.add(form(
                    "withdrawal",
                    "Vraag intrekken",
                    base + "/questions/{questionId}/withdrawal",
                    "De vraag is ingetrokken.",
                    "Vraag intrekken",
                    actor("withdrawal-actor", "actor", "Vastgelegd door"),
                    pathChoice("withdrawal-question", "questionId", "Vraag", openQuestions),
                    field("withdrawal-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        }
        forms.add(form(
                "decision",
                "Besluit vastleggen",
                base + "/decisions",
                "Het besluit is vastgelegd.",
                "Besluit vastleggen",
                actor("decision-actor", "actor", "Vastgelegd door"),
                choice("decision-body", "body", "Genomen door", true, options(DecisionBody.values(), nl)),
                field("decision-subject", "subject", "Onderwerp", Kind.TEXT, true, null),
                field("decision-text", "decision", "Besluit", Kind.LONG_TEXT, true, null),
                field("decision-document", "documentReference", "Document (kenmerk of link)", Kind.TEXT, false, null)));
        forms.add(form(
                "funding",
                "Financiering toezeggen",
                base + "/funding",
                "De toezegging is vastgelegd.",
                "Toezegging vastleggen",
                actor("funding-actor", "actor", "Vastgelegd door"),
                choice("funding-source", "source", "Bron", true, options(FundingSource.values(), nl)),
                choice("funding-instrument", "instrument", "Vorm", true, options(FundingInstrument.values(), nl)),
                field("funding-amount", "amountInEuros", "Bedrag in euro", Kind.NUMBER, true, "Bijvoorbeeld 25000."),
                field("funding-from", "period.from", "Vanaf", Kind.DATE, true, null),
                field("funding-until", "period.until", "Tot en met", Kind.DATE, true, null),
                field("funding-decision", "decisionReference", "Besluit (kenmerk of link)", Kind.TEXT, false, null)));
        List<CasePage.Option> activeFunding = now.funding().stream()
                .filter(f -> "active".equals(f.state()) || "committed".equals(f.state()))
                .map(f -> new CasePage.Option(
                        f.fundingId(), nl.instrument(f.instrument()) + " van " + nl.source(f.source())))
                .toList();
        if (!activeFunding.isEmpty()) {
            forms.add(form(
                    "funding-end",
                    "Einde van een financiering vastleggen",
                    base + "/funding/{fundingId}/ending",
                    "Het einde van de financiering is vastgelegd.",
                    "Einde vastleggen",
                    actor("funding-end-actor", "actor", "Vastgelegd door"),
                    pathChoice("funding-end-funding", "fundingId", "Financiering", activeFunding),
                    field("funding-end-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        }
        if (granted) {
            forms.add(form(
                    "theme",
                    "Thema verhelderen",
                    base + "/themes/{theme}/clarifications",
                    "De stand van het thema is vastgelegd.",
                    "Thema vastleggen",
                    actor("theme-actor", "actor", "Vastgelegd door"),
                    pathChoice("theme-theme", "theme", "Thema", options(Theme.values(), nl)),
                    choice("theme-status", "status", "Stand", true, options(ThemeStatus.values(), nl)),
                    field(
                            "theme-agreements",
                            "agreementsMade",
                            "Gemaakte afspraken",
                            Kind.LINES,
                            false,
                            "Eén per regel.")));
        }
        forms.add(form(
                "phase",
                "Fase van het gemeentelijk proces vastleggen",
                base + "/phases",
                "De fase is vastgelegd.",
                "Fase vastleggen",
                actor("phase-actor", "actor", "Vastgelegd door"),
                choice("phase-phase", "phase", "Fase", true, pageOptions(ProcessPhase.values(), nl)),
                field("phase-note", "note", "Toelichting", Kind.LONG_TEXT, false, null)));
        forms.add(form(
                "route",
                "Route van de samenwerking vastleggen",
                base + "/routes",
                "De route is vastgelegd.",
                "Route vastleggen",
                actor("route-actor", "actor", "Vastgelegd door"),
                choice("route-route", "route", "Route", true, pageOptions(CooperationRoute.values(), nl)),
                field("route-decision", "decisionReference", "Besluit (kenmerk of link)", Kind.TEXT, false, null),
                field("route-explanation", "explanation", "Toelichting", Kind.LONG_TEXT, false, null)));
        forms.add(form(
                "government-roles",
                "Overheidsrollen vastleggen",
                base + "/government-roles",
                "De overheidsrollen zijn vastgelegd.",
                "Rollen vastleggen",
                actor("government-roles-actor", "actor", "Vastgelegd door"),
                checks(
                        "government-roles-roles",
                        "roles",
                        "Rollen die de gemeente neemt",
                        options(GovernmentRole.values(), nl)),
                field(
                        "government-roles-considerations",
                        "considerations",
                        "Overwegingen",
                        Kind.LONG_TEXT,
                        false,
                        null)));
        List<CasePage.Option> vacantRoles = now.roles().stream()
                .filter(r -> r.heldNow() == null)
                .map(r -> new CasePage.Option(KebabCaseEnums.wordFor(r.role()), nl.caseRole(r.role())))
                .toList();
        List<CasePage.Option> rolesToAssign =
                vacantRoles.isEmpty() && now.roles().isEmpty() ? options(CaseRole.values(), nl) : unheld(now, nl);
        if (!rolesToAssign.isEmpty()) {
            forms.add(form(
                    "assignment",
                    "Rol toewijzen",
                    base + "/roles/{role}/assignments",
                    "De rol is toegewezen.",
                    "Rol toewijzen",
                    actor("assignment-actor", "actor", "Vastgelegd door"),
                    pathChoice("assignment-role", "role", "Rol", rolesToAssign),
                    person("assignment-person", "personId", "Persoon"),
                    field("assignment-department", "department", "Afdeling", Kind.TEXT, false, null)));
        }
        forms.add(form(
                "facilitator",
                "Procesbegeleider aanstellen",
                base + "/facilitators",
                "De procesbegeleider is aangesteld.",
                "Aanstellen",
                actor("facilitator-actor", "actor", "Vastgelegd door"),
                field(
                        "facilitator-person",
                        "personId",
                        "Kenmerk van de procesbegeleider",
                        Kind.TEXT,
                        true,
                        "Het kenmerk in het personenregister."),
                field("facilitator-organisation", "organisation", "Organisatie", Kind.TEXT, false, null)));
        forms.add(form(
                "story",
                "Gezamenlijk verhaal vastleggen",
                base + "/joint-story",
                "Het verhaal is vastgelegd.",
                "Verhaal vastleggen",
                actor("story-actor", "actor", "Vastgelegd door"),
                field("story-text", "story", "Het verhaal", Kind.LONG_TEXT, true, null),
                field("story-document", "documentReference", "Document (kenmerk of link)", Kind.TEXT, false, null)));
        if (!closed && granted && !paused) {
            forms.add(form(
                    "pause",
                    "Pauzeknop: traject pauzeren",
                    base + "/pauses",
                    "Het traject staat op pauze.",
                    "Pauzeren",
                    actor("pause-actor", "actor", "Vastgelegd door"),
                    field("pause-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        }
        if (paused) {
            forms.add(form(
                    "resume",
                    "Traject hervatten",
                    base + "/resumptions",
                    "Het traject is hervat.",
                    "Hervatten",
                    actor("resume-actor", "actor", "Vastgelegd door"),
                    field("resume-note", "note", "Toelichting", Kind.LONG_TEXT, false, null)));
        }
        if (!closed && granted) {
            forms.add(form(
                    "maturity",
                    "Volwassen partnerschap vaststellen",
                    base + "/maturity",
                    "Het partnerschap is volwassen verklaard.",
                    "Vaststellen",
                    actor("maturity-actor", "actor", "Vastgelegd door"),
                    field(
                            "maturity-justification",
                            "justification",
                            "Waaruit blijkt dat?",
                            Kind.LONG_TEXT,
                            true,
                            null)));
        }
        if (!closed) {
            forms.add(form(
                    "stop",
                    "Samen stoppen",
                    base + "/closure",
                    "Het traject is gestopt.",
                    "Stoppen",
                    actor("stop-actor", "actor", "Vastgelegd door"),
                    field(
                            "stop-reason",
                            "reason",
                            "Reden",
                            Kind.LONG_TEXT,
                            true,
                            "Samen stoppen met zoeken kan ook een uitkomst zijn; zeg waarom.")));
        }
        return List.copyOf(forms);
    }

    /** What happens to a municipality itself: its elections and its policy. */
    static List<Form> forMunicipality(String cbsCode, DutchWords nl) {
        String base = "/api/v1/municipalities/" + cbsCode;
        return List.of(
                form(
                        "election",
                        "Gemeenteraadsverkiezingen vastleggen",
                        base + "/elections",
                        "De verkiezingen zijn vastgelegd.",
                        "Verkiezingen vastleggen",
                        actor("election-actor", "actor", "Vastgelegd door"),
                        field("election-date", "electionDate", "Dag van de verkiezingen", Kind.DATE, true, null)),
                form(
                        "policy",
                        "Beleid vastleggen",
                        base + "/policies",
                        "Het beleid is vastgelegd.",
                        "Beleid vastleggen",
                        actor("policy-actor", "actor", "Vastgelegd door"),
                        choice("policy-kind", "kind", "Soort", true, options(PolicyKind.values(), nl)),
                        field("policy-title", "title", "Titel", Kind.TEXT, true, null),
                        choice(
                                "policy-adopted-by",
                                "adoptedBy",
                                "Vastgesteld door",
                                true,
                                options(AdoptingBody.values(), nl)),
                        new Field(
                                "policy-opgroeiruimte",
                                "opgroeiruimteIncluded",
                                "Staat opgroeiruimte erin?",
                                Kind.YES_NO,
                                true,
                                null,
                                List.of()),
                        field(
                                "policy-budget",
                                "reservedBudgetInEuros",
                                "Gereserveerd budget in euro",
                                Kind.NUMBER,
                                false,
                                null),
                        field(
                                "policy-document",
                                "documentReference",
                                "Document (kenmerk of link)",
                                Kind.TEXT,
                                true,
                                null)));
    }

    /** What happens to an initiative itself: its legal form and whom it represents. */
    static List<Form> forInitiative(String initiativeId, DutchWords nl) {
        String base = "/api/v1/initiatives/" + initiativeId;
        return List.of(
                form(
                        "legal-form",
                        "Rechtsvorm wijzigen",
                        base + "/legal-forms",
                        "De rechtsvorm is vastgelegd.",
                        "Rechtsvorm vastleggen",
                        actor("legal-form-actor", "actor", "Vastgelegd door"),
                        choice("legal-form-form", "legalForm", "Rechtsvorm", true, options(LegalForm.values(), nl)),
                        field(
                                "legal-form-kvk",
                                "chamberOfCommerceNumber",
                                "KvK-nummer",
                                Kind.TEXT,
                                false,
                                "Acht cijfers."),
                        field("legal-form-deed", "deedReference", "Akte (kenmerk of link)", Kind.TEXT, false, null)),
                form(
                        "representation",
                        "Vertegenwoordiging vastleggen",
                        base + "/representations",
                        "De vertegenwoordiging is vastgelegd.",
                        "Vastleggen",
                        actor("representation-actor", "actor", "Vastgelegd door"),
                        field("representation-members", "members", "Aantal leden", Kind.NUMBER, true, null),
                        field(
                                "representation-households",
                                "householdsInArea",
                                "Huishoudens in het gebied",
                                Kind.NUMBER,
                                false,
                                null),
                        field(
                                "representation-note",
                                "note",
                                "Toelichting",
                                Kind.LONG_TEXT,
                                false,
                                "Namens wie spreekt het initiatief, en namens wie (nog) niet?")));
    }

    private static List<CasePage.Option> unheld(AuditTrail now, DutchWords nl) {
        List<CaseRole> held = now.roles().stream()
                .filter(r -> r.heldNow() != null)
                .map(AuditTrail.RoleView::role)
                .toList();
        return Arrays.stream(CaseRole.values())
                .filter(role -> !held.contains(role))
                .map(role -> new CasePage.Option(KebabCaseEnums.wordFor(role), nl.caseRole(role)))
                .toList();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static Form form(String id, String title, String api, String success, String submit, Field... fields) {
        List<Field> all = new ArrayList<>(Arrays.asList(fields));
        all.add(new Field(
                id + "-occurred", "occurredOn", "Datum waarop het gebeurde", Kind.DATE, true, null, List.of()));
        return new Form(id, title, api, success, submit, List.copyOf(all));
    }

    private static Field field(String id, String name, String label, Kind kind, boolean required, String hint) {
        return new Field(id, name, label, kind, required, hint, List.of());
    }

    private static Field actor(String id, String name, String label) {
        return new Field(id, name, label, Kind.ACTOR, true, null, List.of());
    }

    private static Field person(String id, String name, String label) {
        return new Field(id, name, label, Kind.PERSON_ID, true, null, List.of());
    }

    private static Field choice(String id, String name, String label, boolean required, List<CasePage.Option> options) {
        return new Field(id, name, label, Kind.CHOICE, required, null, options);
    }

    private static Field pathChoice(String id, String name, String label, List<CasePage.Option> options) {
        return new Field(id, name, label, Kind.PATH_CHOICE, true, null, options);
    }

    private static Field checks(String id, String name, String label, List<CasePage.Option> options) {
        return new Field(id, name, label, Kind.CHECKS, true, null, options);
    }

    private static List<CasePage.Option> options(Enum<?>[] values, DutchWords nl) {
        return Arrays.stream(values)
                .map(v -> new CasePage.Option(KebabCaseEnums.wordFor(v), nl.word(v)))
                .toList();
    }

    /** The words the pages use for a value (the phase and route labels of the municipal process). */
    private static List<CasePage.Option> pageOptions(Enum<?>[] values, DutchWords nl) {
        return Arrays.stream(values)
                .map(v -> new CasePage.Option(KebabCaseEnums.wordFor(v), nl.pageWord(v)))
                .toList();
    }
}
