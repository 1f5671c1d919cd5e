package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.DepartureReason;
import nl.opgroeiruimte.casefile.kernel.municipality.PartnershipIntensity;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityViews;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityViews.MunicipalityView;

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
        /** one of the options, each value a JSON object (a party, a link to a record) */
        JSON_CHOICE,
        /** any number of the options, as a list; when not required, none checked leaves the list out */
        CHECKS,
        /** a registered person as the actor JSON (who, for which party, in which role) */
        ACTOR,
        /** a registered person's id */
        PERSON_ID,
        /** a registered person as a signatory (who, for which party); the mandate is a field of its own */
        SIGNATORY,
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

    /**
     * A form: {@code note} says what the form is for beyond its title (null for none); {@code registersPerson}
     * when its success is a newly registered person, whom the re-drawn forms then offer.
     */
    record Form(
            String id,
            String title,
            String api,
            String success,
            String submit,
            List<Field> fields,
            String note,
            boolean registersPerson) {
        Form withNote(String text) {
            return new Form(id, title, api, success, submit, fields, text, registersPerson);
        }

        Form registeringAPerson() {
            return new Form(id, title, api, success, submit, fields, note, true);
        }
    }

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
        List<CasePage.Option> openLaters = now.laterAnswers().stream()
                .filter(l -> "open".equals(l.becameOf()))
                .map(l -> new CasePage.Option(l.questionId(), shorten(l.question())))
                .toList();
        if (!openLaters.isEmpty()) {
            forms.add(form(
                    "follow-up",
                    "Opvolging van een ‘ooit’ vastleggen",
                    base + "/questions/{questionId}/follow-ups",
                    "De opvolging is vastgelegd.",
                    "Opvolging vastleggen",
                    actor("follow-up-actor", "actor", "Vastgelegd door"),
                    pathChoice("follow-up-question", "questionId", "Vraag met antwoord ‘ooit’", openLaters),
                    field(
                            "follow-up-note",
                            "note",
                            "Wat is er gedaan?",
                            Kind.LONG_TEXT,
                            true,
                            "Zo verloopt een ‘ooit’ niet stilzwijgend; wat ervan werd, is een nieuw antwoord.")));
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
            forms.add(form(
                    "funding-payment",
                    "Betaling van een financiering vastleggen",
                    base + "/funding/{fundingId}/payments",
                    "De betaling is vastgelegd.",
                    "Betaling vastleggen",
                    actor("funding-payment-actor", "actor", "Vastgelegd door"),
                    pathChoice("funding-payment-funding", "fundingId", "Financiering", activeFunding),
                    field(
                            "funding-payment-amount",
                            "amountInEuros",
                            "Betaald bedrag in euro",
                            Kind.NUMBER,
                            true,
                            null)));
        }
        forms.add(form(
                "funding-refusal",
                "Afgewezen aanvraag voor financiering vastleggen",
                base + "/funding-refusals",
                "De afwijzing is vastgelegd.",
                "Afwijzing vastleggen",
                actor("funding-refusal-actor", "actor", "Vastgelegd door"),
                choice("funding-refusal-source", "source", "Bron", true, options(FundingSource.values(), nl)),
                choice(
                        "funding-refusal-instrument",
                        "instrument",
                        "Vorm",
                        true,
                        options(FundingInstrument.values(), nl)),
                field("funding-refusal-amount", "amountInEuros", "Gevraagd bedrag in euro", Kind.NUMBER, true, null),
                field("funding-refusal-reason", "reason", "Reden van de afwijzing", Kind.LONG_TEXT, true, null)));
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
                "work",
                "Werk aan een DOEN-onderdeel vastleggen",
                base + "/work",
                "Het werk is vastgelegd.",
                "Werk vastleggen",
                actor("work-actor", "actor", "Vastgelegd door"),
                choice("work-part", "part", "Onderdeel", true, options(DoenPart.values(), nl)),
                field("work-description", "description", "Wat is er gedaan?", Kind.LONG_TEXT, true, null)));
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
        List<Field> neighbourhoods = new ArrayList<>();
        neighbourhoods.add(actor("neighbourhoods-actor", "actor", "Vastgelegd door"));
        for (int i = 0; i < NEIGHBOURHOOD_ROWS; i++) {
            String label = "Buurt of wijk " + (i + 1);
            neighbourhoods.add(field(
                    "neighbourhoods-name-" + (i + 1),
                    "neighbourhoods[" + i + "].name",
                    label + ": naam",
                    Kind.TEXT,
                    i == 0,
                    i == 0 ? "De naam, de CBS-code, of beide." : null));
            neighbourhoods.add(field(
                    "neighbourhoods-code-" + (i + 1),
                    "neighbourhoods[" + i + "].code",
                    label + ": CBS-code",
                    Kind.TEXT,
                    false,
                    i == 0 ? "Een buurt: BU en acht cijfers; een wijk: WK en zes cijfers." : null));
        }
        forms.add(form(
                "neighbourhoods",
                "Buurten en wijken van het traject vastleggen",
                base + "/neighbourhoods",
                "De buurten en wijken zijn vastgelegd.",
                "Buurten vastleggen",
                neighbourhoods.toArray(Field[]::new)));
        forms.add(form(
                "market-approach",
                "Aanbesteding of marktconsultatie vastleggen",
                base + "/market-approaches",
                "De aanbesteding of marktconsultatie is vastgelegd.",
                "Vastleggen",
                actor("market-approach-actor", "actor", "Vastgelegd door"),
                choice("market-approach-kind", "kind", "Soort", true, options(MarketApproachKind.values(), nl)),
                field("market-approach-description", "description", "Waarover?", Kind.LONG_TEXT, true, null),
                field("market-approach-reference", "reference", "Publicatie (kenmerk of link)", Kind.TEXT, false, null),
                new Field(
                        "market-approach-breach",
                        "recordAsExclusivityBreach",
                        "Ook vastleggen als schending van de exclusiviteit?",
                        Kind.YES_NO,
                        true,
                        "Zolang de exclusiviteit loopt, is dit een schending ervan; dan kan het alleen zo.",
                        List.of())));
        if (!closed) {
            forms.add(form(
                    "process-hold",
                    "Gemeentelijk proces op pauze zetten",
                    base + "/process-holds",
                    "Het gemeentelijk proces staat op pauze.",
                    "Op pauze zetten",
                    actor("process-hold-actor", "actor", "Vastgelegd door"),
                    choice("process-hold-process", "process", "Proces", true, options(HeldProcessKind.values(), nl)),
                    field("process-hold-description", "description", "Welk proces?", Kind.LONG_TEXT, true, null),
                    field("process-hold-reference", "reference", "Kenmerk of link", Kind.TEXT, false, null)));
        }
        List<CasePage.Option> heldProcesses = now.municipalProcess() == null
                ? List.of()
                : now.municipalProcess().processHolds().stream()
                        .filter(h -> h.releasedOn() == null)
                        .map(h ->
                                new CasePage.Option(h.holdId(), nl.word(h.process()) + ": " + shorten(h.description())))
                        .toList();
        if (!heldProcesses.isEmpty()) {
            forms.add(form(
                    "process-release",
                    "Gemeentelijk proces van de pauze halen",
                    base + "/process-holds/{holdId}/release",
                    "Het gemeentelijk proces loopt weer.",
                    "Van de pauze halen",
                    actor("process-release-actor", "actor", "Vastgelegd door"),
                    pathChoice("process-release-hold", "holdId", "Proces op pauze", heldProcesses),
                    field("process-release-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        }
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
        List<CasePage.Option> heldRoles = heldRoles(now, nl);
        if (!heldRoles.isEmpty()) {
            forms.add(form(
                    "vacancy",
                    "Rol vacant: vertrek zonder opvolger vastleggen",
                    base + "/roles/{role}/vacancies",
                    "De rol is vacant.",
                    "Vacature vastleggen",
                    actor("vacancy-actor", "actor", "Vastgelegd door"),
                    pathChoice("vacancy-role", "role", "Rol", heldRoles),
                    field("vacancy-reason", "reason", "Reden van het vertrek", Kind.LONG_TEXT, true, null)));
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
        List<CasePage.Option> facilitators = now.facilitators().stream()
                .map(f -> new CasePage.Option(f.personId(), nl.person(f.name())))
                .toList();
        if (!facilitators.isEmpty()) {
            forms.add(form(
                    "facilitator-release",
                    "Procesbegeleider treedt terug",
                    base + "/facilitators/{personId}/release",
                    "De procesbegeleider is teruggetreden.",
                    "Terugtreden vastleggen",
                    actor("facilitator-release-actor", "actor", "Vastgelegd door"),
                    pathChoice("facilitator-release-person", "personId", "Procesbegeleider", facilitators),
                    field(
                            "facilitator-release-reason",
                            "reason",
                            "Reden",
                            Kind.LONG_TEXT,
                            false,
                            "Meestal: er zijn heldere afspraken.")));
        }
        agreementForms(base, now, nl, forms);
        milestoneForms(base, now, forms);
        if (!closed && now.exclusivity() != null && now.exclusivity().inForce()) {
            forms.add(form(
                    "exclusivity-extension",
                    "Exclusiviteit verlengen",
                    base + "/exclusivity/extensions",
                    "De exclusiviteit is verlengd.",
                    "Verlengen",
                    actor("exclusivity-extension-actor", "actor", "Vastgelegd door"),
                    field(
                            "exclusivity-extension-until",
                            "newUntil",
                            "Exclusief tot en met",
                            Kind.DATE,
                            true,
                            "Nu tot en met " + nl.shortDate(now.exclusivity().until()) + "."),
                    field("exclusivity-extension-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        }
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

    /**
     * What happens to a municipality itself: its elections, colleges, policy and neighbourhood approaches; a
     * reorganisation only for an administrator, who alone may record one.
     */
    static List<Form> forMunicipality(
            String cbsCode, Optional<MunicipalityView> municipality, boolean administrator, DutchWords nl) {
        String base = "/api/v1/municipalities/" + cbsCode;
        List<Form> forms = new ArrayList<>(List.of(
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
                                null))));
        List<Field> college = new ArrayList<>(List.of(
                person("college-mayor", "mayor.personId", "Burgemeester"),
                field(
                        "college-mayor-portfolios",
                        "mayor.portfolios",
                        "Portefeuilles van de burgemeester",
                        Kind.LINES,
                        true,
                        "Eén per regel.")));
        for (int i = 0; i < ALDERMAN_ROWS; i++) {
            college.addAll(collegeMember(
                    "college-alderman-" + (i + 1), "aldermen[" + i + "]", "Wethouder " + (i + 1), i == 0));
        }
        forms.add(form(
                "college",
                "Installatie van een college vastleggen",
                base + "/colleges",
                "Het college is geïnstalleerd.",
                "College vastleggen",
                prepend(actor("college-actor", "actor", "Vastgelegd door"), college)));
        List<MunicipalityViews.CollegeView> inOffice =
                municipality.map(MunicipalityView::colleges).orElse(List.of()).stream()
                        .filter(MunicipalityViews.CollegeView::inOffice)
                        .toList();
        List<CasePage.Option> aldermen = inOffice.stream()
                .flatMap(c -> c.members().stream())
                .filter(m -> m.office() == MunicipalityViews.Office.ALDERMAN && m.until() == null)
                .map(m -> new CasePage.Option(m.personId(), nl.person(m.displayName())))
                .toList();
        if (!aldermen.isEmpty()) {
            List<Field> departure = new ArrayList<>(List.of(
                    actor("departure-actor", "actor", "Vastgelegd door"),
                    pathChoice(
                            "departure-college",
                            "collegeId",
                            "College",
                            inOffice.stream()
                                    .map(c -> new CasePage.Option(
                                            c.collegeId(), "College geïnstalleerd op " + nl.shortDate(c.installedOn())))
                                    .toList()),
                    choice("departure-person", "personId", "Wethouder", true, aldermen),
                    choice(
                            "departure-reason",
                            "reason",
                            "Reden van vertrek",
                            true,
                            options(DepartureReason.values(), nl)),
                    field("departure-note", "note", "Toelichting", Kind.LONG_TEXT, false, null)));
            departure.addAll(collegeMember("departure-successor", "successor", "Opvolger", false));
            forms.add(form(
                    "departure",
                    "Vertrek van een wethouder vastleggen",
                    base + "/colleges/{collegeId}/departures",
                    "Het vertrek van de wethouder is vastgelegd.",
                    "Vertrek vastleggen",
                    departure.toArray(Field[]::new)));
        }
        forms.add(form(
                "approach",
                "Aanpak voor een buurt of wijk vastleggen",
                base + "/neighbourhood-approaches",
                "De aanpak voor de buurt is vastgelegd.",
                "Aanpak vastleggen",
                actor("approach-actor", "actor", "Vastgelegd door"),
                field(
                        "approach-name",
                        "neighbourhood.name",
                        "Buurt of wijk: naam",
                        Kind.TEXT,
                        true,
                        "De naam, de CBS-code, of beide."),
                field(
                        "approach-code",
                        "neighbourhood.code",
                        "Buurt of wijk: CBS-code",
                        Kind.TEXT,
                        false,
                        "Een buurt: BU en acht cijfers; een wijk: WK en zes cijfers."),
                new Field(
                        "approach-roles",
                        "governmentRoles",
                        "Rollen die de gemeente er neemt",
                        Kind.CHECKS,
                        false,
                        null,
                        options(GovernmentRole.values(), nl)),
                field(
                        "approach-role",
                        "role",
                        "De rol in eigen woorden",
                        Kind.TEXT,
                        false,
                        "De rollen hierboven, deze omschrijving, of beide."),
                field(
                        "approach-short",
                        "goals.shortTerm",
                        "Doelen op de korte termijn",
                        Kind.LONG_TEXT,
                        false,
                        "Voor minstens één termijn."),
                field(
                        "approach-middle",
                        "goals.middleTerm",
                        "Doelen op de middellange termijn",
                        Kind.LONG_TEXT,
                        false,
                        null),
                field("approach-long", "goals.longTerm", "Doelen op de lange termijn", Kind.LONG_TEXT, false, null),
                choice(
                        "approach-intensity",
                        "intensity",
                        "Beoogde intensiteit van de partnerschappen",
                        true,
                        options(PartnershipIntensity.values(), nl)),
                field("approach-considerations", "considerations", "Overwegingen", Kind.LONG_TEXT, false, null)));
        if (administrator) {
            forms.add(form(
                    "reorganisation",
                    "Herindeling vastleggen",
                    base + "/reorganisations",
                    "De herindeling is vastgelegd.",
                    "Herindeling vastleggen",
                    actor("reorganisation-actor", "actor", "Vastgelegd door"),
                    field(
                            "reorganisation-former",
                            "formerMunicipalities",
                            "Opgeheven gemeenten (CBS-codes)",
                            Kind.LINES,
                            true,
                            "GM en vier cijfers, één per regel; de datum is de dag waarop de herindeling inging.")));
        }
        return List.copyOf(forms);
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

    /**
     * Registering a person in the people register, for one of the parties the page is about or an outside
     * organisation: the personal data (name, e-mail, organisation) goes to the register, where it can be
     * erased; the history keeps only a pseudonymous id, the party and the role (docs/parties-and-people.md).
     */
    static Form personRegistration(List<CasePage.Option> parties, DutchWords nl) {
        List<CasePage.Option> roles = Arrays.stream(ActorRole.values())
                .filter(role -> role != ActorRole.SYSTEM)
                .map(role -> new CasePage.Option(KebabCaseEnums.wordFor(role), nl.actorRole(role)))
                .toList();
        return form(
                        "person",
                        "Persoon registreren",
                        "/api/v1/people",
                        "De persoon is geregistreerd.",
                        "Persoon registreren",
                        actor("person-actor", "actor", "Vastgelegd door"),
                        field("person-name", "name", "Naam", Kind.TEXT, true, null),
                        new Field(
                                "person-party",
                                "party",
                                "Treedt op namens",
                                Kind.JSON_CHOICE,
                                false,
                                "Of vul hieronder een andere organisatie in.",
                                parties),
                        field(
                                "person-external",
                                "party.external",
                                "Of: andere organisatie",
                                Kind.TEXT,
                                false,
                                "Bijvoorbeeld het bureau van de procesbegeleider of de provincie."),
                        choice("person-role", "role", "Rol", true, roles),
                        field(
                                "person-organisation",
                                "organisation",
                                "Organisatie of afdeling",
                                Kind.TEXT,
                                false,
                                "Alleen als die iets toevoegt aan de partij hierboven."),
                        field(
                                "person-email",
                                "email",
                                "E-mailadres",
                                Kind.TEXT,
                                false,
                                "Mag leeg blijven; het dossier stuurt zelf geen e-mail."))
                .withNote("Naam, e-mailadres en organisatie komen in het personenregister, buiten de geschiedenis"
                        + " van het dossier: alleen wie een traject van deze persoon mag lezen ziet ze, en een beheerder"
                        + " kan ze op verzoek wissen (AVG, artikel 17). De geschiedenis bewaart alleen een kenmerk, de"
                        + " partij en de rol. Vul alleen in wat nodig is om samen te werken.")
                .registeringAPerson();
    }

    /**
     * Linking a document of the case to the record it is evidence of: an agreement, a decision or a meeting
     * (each option's value the link's JSON).
     */
    static Form documentLink(String caseId, List<CasePage.Option> documents, List<CasePage.Option> records) {
        return form(
                "document-link",
                "Document koppelen aan wat het bewijst",
                "/api/v1/cases/" + caseId + "/documents/{documentId}/links",
                "Het document is gekoppeld.",
                "Document koppelen",
                actor("document-link-actor", "actor", "Vastgelegd door"),
                pathChoice("document-link-document", "documentId", "Document", documents),
                new Field(
                        "document-link-record",
                        "link",
                        "Bewijs van",
                        Kind.JSON_CHOICE,
                        true,
                        "Een afspraak, besluit of overleg in dit dossier.",
                        records));
    }

    /** The value of a link option: the link's JSON, as the API reads it. */
    static String linkJson(String kind, String id) {
        return "{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\"}";
    }

    /** The value of a party option: the party's JSON, as the API reads it. */
    static String partyJson(String side, String id) {
        return "{\"" + side + "\":\"" + id + "\"}";
    }

    /** Rows for the aldermen of a new college; a larger college is recorded through the API. */
    private static final int ALDERMAN_ROWS = 4;

    /** A seat in a college: who, the portfolios, and (for an alderman) the political party. */
    private static List<Field> collegeMember(String id, String name, String label, boolean required) {
        return List.of(
                new Field(id, name + ".personId", label, Kind.PERSON_ID, required, null, List.of()),
                field(
                        id + "-portfolios",
                        name + ".portfolios",
                        "Portefeuilles van " + label.toLowerCase(Locale.ROOT),
                        Kind.LINES,
                        required,
                        "Eén per regel."),
                field(
                        id + "-party",
                        name + ".politicalParty",
                        "Partij van " + label.toLowerCase(Locale.ROOT),
                        Kind.TEXT,
                        false,
                        null));
    }

    private static Field[] prepend(Field first, List<Field> rest) {
        List<Field> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(Field[]::new);
    }

    /** Signatory rows of an amendment or renewal: a mutual agreement is signed by both parties. */
    private static final int SIGNATORY_ROWS = 2;

    /** Rows for the neighbourhoods of a case; more can be recorded by another record or the API. */
    private static final int NEIGHBOURHOOD_ROWS = 3;

    /** Amending, renewing and terminating the agreements in force. */
    private static void agreementForms(String base, AuditTrail now, DutchWords nl, List<Form> forms) {
        List<CasePage.Option> inForce = now.agreementsInForce().stream()
                .map(a -> new CasePage.Option(a.agreementId(), agreementLabel(a, nl)))
                .toList();
        if (inForce.isEmpty()) return;
        List<Field> amend = new ArrayList<>(List.of(
                actor("amendment-actor", "actor", "Vastgelegd door"),
                pathChoice("amendment-agreement", "agreementId", "Afspraak", inForce),
                field("amendment-changes", "changes", "Wat is er gewijzigd?", Kind.LONG_TEXT, true, null),
                new Field(
                        "amendment-topics",
                        "topics",
                        "Onderwerpen na de wijziging",
                        Kind.CHECKS,
                        false,
                        "Laat alles leeg als de onderwerpen niet veranderen; kies anders alle onderwerpen die de"
                                + " afspraak na de wijziging heeft.",
                        options(AgreementTopic.values(), nl))));
        amend.addAll(signatories("amendment"));
        amend.add(
                field("amendment-document", "documentReference", "Document (kenmerk of link)", Kind.TEXT, false, null));
        forms.add(form(
                "amendment",
                "Afspraak wijzigen",
                base + "/agreements/{agreementId}/amendments",
                "De wijziging van de afspraak is vastgelegd.",
                "Wijziging vastleggen",
                amend.toArray(Field[]::new)));
        List<CasePage.Option> withEnd = now.agreementsInForce().stream()
                .filter(a -> a.validity() != null && a.validity().until() != null)
                .map(a -> new CasePage.Option(a.agreementId(), agreementLabel(a, nl)))
                .toList();
        if (!withEnd.isEmpty()) {
            List<Field> renew = new ArrayList<>(List.of(
                    actor("renewal-actor", "actor", "Vastgelegd door"),
                    pathChoice("renewal-agreement", "agreementId", "Afspraak", withEnd),
                    field("renewal-until", "newUntil", "Geldig tot en met", Kind.DATE, true, null)));
            renew.addAll(signatories("renewal"));
            renew.add(field(
                    "renewal-document", "documentReference", "Document (kenmerk of link)", Kind.TEXT, false, null));
            forms.add(form(
                    "renewal",
                    "Afspraak verlengen",
                    base + "/agreements/{agreementId}/renewals",
                    "De verlenging van de afspraak is vastgelegd.",
                    "Verlenging vastleggen",
                    renew.toArray(Field[]::new)));
        }
        forms.add(form(
                "termination",
                "Afspraak voortijdig beëindigen",
                base + "/agreements/{agreementId}/termination",
                "De beëindiging van de afspraak is vastgelegd.",
                "Beëindiging vastleggen",
                actor("termination-actor", "actor", "Vastgelegd door"),
                pathChoice("termination-agreement", "agreementId", "Afspraak", inForce),
                field("termination-reason", "reason", "Reden", Kind.LONG_TEXT, true, null),
                choice("termination-by", "terminatedBy", "Beëindigd door", false, options(ActingSide.values(), nl)),
                new Field(
                        "termination-mutual", "mutual", "In onderling overleg?", Kind.YES_NO, false, null, List.of())));
    }

    /** Moving a milestone's due date, and naming the budget decision behind its guarantee. */
    private static void milestoneForms(String base, AuditTrail now, List<Form> forms) {
        List<CasePage.Option> open = now.milestones().stream()
                .filter(m -> "open".equals(m.state()) || "overdue".equals(m.state()))
                .map(m -> new CasePage.Option(m.milestoneId(), m.title()))
                .toList();
        if (open.isEmpty()) return;
        forms.add(form(
                "reschedule",
                "Mijlpaal verzetten",
                base + "/milestones/{milestoneId}/reschedulings",
                "De mijlpaal is verzet.",
                "Verzetten",
                actor("reschedule-actor", "actor", "Vastgelegd door"),
                pathChoice("reschedule-milestone", "milestoneId", "Mijlpaal", open),
                field("reschedule-due", "newDueDate", "Nieuwe datum: uiterlijk op", Kind.DATE, true, null),
                field("reschedule-reason", "reason", "Reden", Kind.LONG_TEXT, true, null)));
        List<CasePage.Option> decisions = now.decisions().stream()
                .map(d -> new CasePage.Option(d.decisionId(), shorten(d.subject())))
                .toList();
        if (decisions.isEmpty()) return;
        forms.add(form(
                "budget-decision",
                "Begrotingsbesluit achter een garantie vastleggen",
                base + "/milestones/{milestoneId}/guarantee/budget-decisions",
                "Het begrotingsbesluit is bij de garantie vastgelegd.",
                "Besluit koppelen",
                actor("budget-decision-actor", "actor", "Vastgelegd door"),
                pathChoice("budget-decision-milestone", "milestoneId", "Mijlpaal", open),
                new Field(
                        "budget-decision-decision",
                        "decisionId",
                        "Besluit dat het geld reserveerde",
                        Kind.CHOICE,
                        true,
                        "Een besluit dat al in het dossier staat.",
                        decisions)));
    }

    private static String agreementLabel(AuditTrail.AgreementView a, DutchWords nl) {
        return a.title() + " (" + nl.word(a.kind()) + ", " + nl.shortDate(a.signedOn()) + ")";
    }

    /** The signatories of a mutual step: who signs for which party, under which mandate. */
    private static List<Field> signatories(String form) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < SIGNATORY_ROWS; i++) {
            fields.add(new Field(
                    form + "-signatory-" + (i + 1),
                    "signatories[" + i + "]",
                    "Ondertekenaar " + (i + 1),
                    Kind.SIGNATORY,
                    i == 0,
                    i == 0 ? "Een wederzijdse afspraak wordt door gemeente én initiatief getekend." : null,
                    List.of()));
            fields.add(field(
                    form + "-mandate-" + (i + 1),
                    "signatories[" + i + "].mandate",
                    "Mandaat van ondertekenaar " + (i + 1),
                    Kind.TEXT,
                    i == 0,
                    null));
        }
        return fields;
    }

    /** The key roles someone holds now, with who: for a hand-over or a vacancy. */
    static List<CasePage.Option> heldRoles(AuditTrail now, DutchWords nl) {
        return now.roles().stream()
                .filter(r -> r.heldNow() != null)
                .map(r -> new CasePage.Option(
                        KebabCaseEnums.wordFor(r.role()),
                        nl.caseRole(r.role()) + " (nu: " + nl.person(r.heldNow().name()) + ")"))
                .toList();
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
        return new Form(id, title, api, success, submit, List.copyOf(all), null, false);
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

    static List<CasePage.Option> options(Enum<?>[] values, DutchWords nl) {
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
