package nl.opgroeiruimte.casefile.infra.demo;

import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.ALDERMAN;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.FACILITATOR;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.MAYOR;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.MEMBER;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.kernel.common.ActorRole.PROJECT_LEAD;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.DECISION_STRUCTURE;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.EVALUATION_MOMENTS;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.FINANCING;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.GOALS_AND_VALUES;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.PARTICIPATION;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.PROCESS;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.RISK_ANALYSIS;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.ROLES_TASKS_RESPONSIBILITIES;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic.WORKING_STRUCTURE;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_PROJECT_LEAD;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.RESPONSIBLE_ALDERMAN;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus.CLARIFIED;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus.PARTLY_CLARIFIED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.initiative.ChangeLegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import nl.opgroeiruimte.casefile.kernel.initiative.WorkingArea;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptPolicy;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.InstallCollege;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalElection;
import nl.opgroeiruimte.casefile.kernel.municipality.RegisterMunicipality;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordJointStory;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;

/**
 * The demo: ten cases in six municipalities, built on the examples of the seed documents (Zwolle's
 * Assendorp with its piketpaaltjes, Zutphen's energy desk under the right to challenge and its heat
 * study, Den Haag's action line for heat initiatives, Amsterdam's project Ketelhuis and its policy,
 * Delft's council decision, Hilversum's Green Deal with HilverZon), across the municipal elections of
 * 2022 and 2026. People, dates and details are made up. Opgroeiruimte is a concept of the process guide of
 * 2024 (001): no case asks for or is given it before 2024; what went before (an initiative's founding, the
 * energy desk taken over in 2016, the Green Deal of 2015) stands in the story as the past it is. The
 * initiatives the seeds name carry only what the seeds tell of them; the troubles they do not tell of belong
 * to initiatives as made up as their names ("fictief"). Facts of the last months, and the labels that name
 * their year (a budget, an evaluation), are dated relative to today, so that the indicators show every state
 * whenever the demo is started ({@code DemoStoriesTest} checks this for days years apart):
 *
 * <ul>
 *   <li>go: Zwolle, warmtenet Assendorp; Amsterdam, Ketelhuis; Hilversum, HilverZon;</li>
 *   <li>attention: Zwolle, zon op Stadshagen (paused too long); Den Haag, Bomenbuurt (process financing
 *       ends with nothing after it); Delft, Tanthof (request not answered);</li>
 *   <li>stop risk: Zutphen, warmtenet De Hoven (study met, promised financing not delivered: the stop-go
 *       of 001); Amsterdam, the made-up Warmtecollectief Fictiefbuurt (a market consultation breaches the
 *       exclusivity);</li>
 *   <li>closed: Zutphen, energieloket (in the Energiewinkel since 2016, declared mature in 2025, its start
 *       recorded late); Den Haag, Duinoord (stopped together).</li>
 * </ul>
 */
final class DemoStories {
    static final String ZWOLLE = "GM0193";
    static final String ZUTPHEN = "GM0301";
    static final String AMSTERDAM = "GM0363";
    static final String HILVERSUM = "GM0402";
    static final String DELFT = "GM0503";
    static final String DEN_HAAG = "GM0518";

    private static final String FACILITATOR_BUREAU = "Procesbureau Samen Verder";

    /**
     * Aldermen per college, as many as the municipality's size warrants (the Gemeentewet allows at most a fifth
     * of the council seats, and the council grows with the inhabitants): eight in Amsterdam and Den Haag, four
     * in Zutphen. Two of them are the demo's own (energy, finance); the others hold the remaining portfolios.
     */
    static final java.util.Map<String, Integer> ALDERMEN =
            java.util.Map.of(ZWOLLE, 6, ZUTPHEN, 4, AMSTERDAM, 8, HILVERSUM, 5, DELFT, 5, DEN_HAAG, 8);

    private static final List<String> PORTFOLIOS = List.of(
            "Onderwijs",
            "Zorg en welzijn",
            "Economie",
            "Verkeer en vervoer",
            "Cultuur en sport",
            "Jeugd",
            "Ruimtelijke ordening");

    /** Made-up names, like every person of the demo. */
    private static final List<String> ALDERMAN_NAMES = List.of(
            "Anouk Vermeulen",
            "Bas Koning",
            "Charlotte Hoekstra",
            "Dennis van Leeuwen",
            "Eline Postma",
            "Frank Willems",
            "Gerda Schouten",
            "Hakan Yilmaz",
            "Iris Verhagen",
            "Jan-Willem Prins",
            "Kim de Boer",
            "Lars Bosch",
            "Miriam Kok");

    private final DemoRecorder demo;
    private final LocalDate today;

    DemoStories(DemoRecorder demo) {
        this.demo = demo;
        this.today = demo.today();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private LocalDate ago(int days) {
        return today.minusDays(days);
    }

    private LocalDate ahead(int days) {
        return today.plusDays(days);
    }

    /**
     * The budget a college decides on that day: the next year's, drawn up in the year before, so that the label
     * ages with the demo instead of naming a fixed year.
     */
    static String budgetOf(LocalDate decidedOn) {
        return "Begroting " + (decidedOn.getYear() + 1);
    }

    private static DemoPerson municipal(String id, String name, String cbs, ActorRole role, String organisation) {
        return new DemoPerson(id, name, Party.municipality(cbs), role, organisation);
    }

    private static DemoPerson initiativePerson(
            String id, String name, String initiative, ActorRole role, String organisation) {
        return new DemoPerson(id, name, Party.initiative(initiative), role, organisation);
    }

    private void register(LocalDate on, DemoPerson... people) {
        for (DemoPerson p : people) {
            demo.record(
                    new RegisterPerson(p.id(), p.actor(), on, p.name(), null, p.organisation(), p.party(), p.role()));
        }
    }

    private static List<DemoPerson> all(DemoPerson... people) {
        return Arrays.asList(people);
    }

    private static CollegeMember member(DemoPerson person, String... portfolios) {
        return new CollegeMember(person.id(), Arrays.asList(portfolios), null);
    }

    /**
     * Registration, the elections of 2022 and 2026 and the colleges installed after them: every college as
     * large as {@link #ALDERMEN} says, about half of the other aldermen returning after the elections.
     */
    private void municipality(
            String cbs,
            DemoPerson clerk,
            LocalDate registeredOn,
            DemoPerson mayor,
            LocalDate installed2022,
            List<CollegeMember> aldermen2022,
            LocalDate installed2026,
            List<CollegeMember> aldermen2026) {
        demo.record(new RegisterMunicipality(cbs, clerk.actor(), registeredOn));
        List<CollegeMember> college2022 = new java.util.ArrayList<>(aldermen2022);
        List<CollegeMember> college2026 = new java.util.ArrayList<>(aldermen2026);
        int seats = ALDERMEN.get(cbs) - aldermen2022.size();
        String name = DutchMunicipalities.find(cbs).map(m -> m.name()).orElse(cbs);
        int newcomers = 0;
        for (int seat = 0; seat < seats; seat++) {
            String portfolio = PORTFOLIOS.get(seat % PORTFOLIOS.size());
            DemoPerson first = otherAlderman(cbs, name, seat);
            register(registeredOn, first);
            college2022.add(member(first, portfolio));
            // every other seat changes hands after the elections of 2026
            DemoPerson second = first;
            if (seat % 2 == 1) {
                second = otherAlderman(cbs, name, seats + newcomers++);
                register(installed2026, second);
            }
            college2026.add(member(second, portfolio));
        }
        demo.record(new RecordMunicipalElection(cbs, clerk.actor(), d(2022, 3, 16), null, null));
        demo.record(new InstallCollege(
                cbs,
                clerk.actor(),
                installed2022,
                cbs.toLowerCase() + "-college-2022",
                member(mayor, "Openbare orde en veiligheid", "Communicatie"),
                college2022));
        demo.record(new RecordMunicipalElection(cbs, clerk.actor(), d(2026, 3, 18), null, null));
        demo.record(new InstallCollege(
                cbs,
                clerk.actor(),
                installed2026,
                cbs.toLowerCase() + "-college-2026",
                member(mayor, "Openbare orde en veiligheid", "Communicatie"),
                college2026));
    }

    /** The n-th alderman of a municipality besides the demo's own, with a made-up name. */
    private static DemoPerson otherAlderman(String cbs, String municipalityName, int n) {
        return municipal(
                "demo-" + cbs.toLowerCase() + "-wethouder-" + (n + 1),
                ALDERMAN_NAMES.get(Math.floorMod(n * 7 + cbs.hashCode(), ALDERMAN_NAMES.size())),
                cbs,
                ActorRole.ALDERMAN,
                "Gemeente " + municipalityName);
    }

    private void initiative(
            LocalDate on,
            LocalDate recordedOn,
            DemoPerson by,
            String id,
            String name,
            LegalForm form,
            String area,
            String cbs,
            Domain... domains) {
        demo.recordOn(
                recordedOn,
                new RegisterInitiative(
                        id,
                        by.actor(),
                        on,
                        name,
                        form,
                        null,
                        new WorkingArea(area, List.of(cbs), List.of()),
                        Set.of(domains)));
    }

    void recordAll() {
        zwolle();
        zutphen();
        denHaag();
        amsterdam();
        delft();
        hilversum();
    }

    // ------------------------------------------------------------------------------------------ Zwolle

    private void zwolle() {
        var energy = municipal(
                "demo-sanne-de-vries",
                "Sanne de Vries",
                ZWOLLE,
                CIVIL_SERVANT,
                "Gemeente Zwolle, team Energietransitie");
        var director = municipal(
                "demo-joost-hendriks", "Joost Hendriks", ZWOLLE, PROGRAM_DIRECTOR, "Gemeente Zwolle, Participatie");
        var realEstate =
                municipal("demo-koen-mulder", "Koen Mulder", ZWOLLE, CIVIL_SERVANT, "Gemeente Zwolle, Vastgoed");
        var procurement =
                municipal("demo-meryem-aydin", "Meryem Aydın", ZWOLLE, CIVIL_SERVANT, "Gemeente Zwolle, Inkoop");
        var mayor = municipal("demo-hendrika-marsman", "Hendrika Marsman", ZWOLLE, MAYOR, "Gemeente Zwolle");
        var alderman2022 = municipal("demo-ruud-veldkamp", "Ruud Veldkamp", ZWOLLE, ALDERMAN, "Gemeente Zwolle");
        var finance2022 = municipal("demo-lieke-brink", "Lieke Brink", ZWOLLE, ALDERMAN, "Gemeente Zwolle");
        var alderman2026 = municipal("demo-esther-lammers", "Esther Lammers", ZWOLLE, ALDERMAN, "Gemeente Zwolle");
        var finance2026 = municipal("demo-tom-wessels", "Tom Wessels", ZWOLLE, ALDERMAN, "Gemeente Zwolle");
        // the id the ready user bestuur-assendorp (application.yml) belongs to, so that it sees its case
        String assendorp = "warm-assendorp";
        var bram = initiativePerson(
                "demo-bram-jansen", "Bram Jansen", assendorp, BOARD_MEMBER, "Warmtecoöperatie Assendorp");
        var fatima = initiativePerson(
                "demo-fatima-el-idrissi", "Fatima el Idrissi", assendorp, PROJECT_LEAD, "Warmtecoöperatie Assendorp");
        var willem = initiativePerson(
                "demo-willem-dijkstra", "Willem Dijkstra", assendorp, BOARD_MEMBER, "Warmtecoöperatie Assendorp");
        String stadshagen = "zon-op-stadshagen";
        var ingrid = initiativePerson("demo-ingrid-smit", "Ingrid Smit", stadshagen, MEMBER, "Zon op Stadshagen");
        var lotte = new DemoPerson(
                "demo-lotte-van-dam",
                "Lotte van Dam",
                Party.external(FACILITATOR_BUREAU),
                FACILITATOR,
                FACILITATOR_BUREAU);

        register(
                d(2021, 1, 4),
                energy,
                director,
                realEstate,
                procurement,
                mayor,
                alderman2022,
                finance2022,
                alderman2026,
                finance2026,
                lotte);
        register(d(2021, 5, 10), bram, fatima, willem);
        register(d(2024, 6, 3), ingrid);
        municipality(
                ZWOLLE,
                energy,
                d(2021, 1, 4),
                mayor,
                d(2022, 6, 2),
                List.of(member(alderman2022, "Energietransitie", "Wonen"), member(finance2022, "Financiën")),
                d(2026, 5, 28),
                List.of(member(alderman2026, "Energietransitie", "Klimaat"), member(finance2026, "Financiën")));
        demo.record(new AdoptPolicy(
                ZWOLLE,
                energy.actor(),
                d(2023, 3, 14),
                "zwolle-basisfinanciering-2023",
                PolicyKind.REGULATION,
                "Regeling basisfinanciering proceskosten bewonersinitiatieven",
                AdoptingBody.COLLEGE,
                true,
                null,
                "Collegebesluit regeling basisfinanciering (demo)"));

        // Assendorp: the piketpaaltjes of seed 001, kept step by step: go.
        initiative(
                d(2019, 11, 1),
                d(2021, 5, 10),
                bram,
                assendorp,
                "Warmtecoöperatie Assendorp",
                LegalForm.INFORMAL_GROUP,
                "Assendorp",
                ZWOLLE,
                Domain.HEAT);
        demo.recordOn(
                d(2021, 5, 10),
                new ChangeLegalForm(
                        assendorp,
                        bram.actor(),
                        d(2021, 2, 15),
                        LegalForm.COOPERATIVE,
                        null,
                        "Oprichtingsakte coöperatie (demo)"));
        String activity = "Collectief warmtenet";
        var a = new CaseStory(demo, "zwolle-warmtenet-assendorp", ZWOLLE, assendorp);
        a.requested(
                        d(2024, 1, 15),
                        bram,
                        activity,
                        "Assendorp",
                        "De buurt wil van het gas af met een eigen, coöperatief warmtenet. We vragen de gemeente om samen de tijd te nemen om dat uit te zoeken.")
                .facilitator(d(2024, 1, 29), energy, lotte)
                .session(
                        d(2024, 2, 5),
                        1,
                        lotte,
                        all(energy, director, bram, fatima, lotte),
                        "Kennismaking: waarden, behoeften en werkwijzen van beide kanten.",
                        "leer elkaar kennen",
                        "verwachtingen")
                .granted(d(2024, 3, 4), director, activity, "Assendorp", d(2036, 2, 28))
                .role(d(2024, 3, 4), director, MUNICIPAL_CONTACT, energy, "Energietransitie")
                .role(d(2024, 3, 4), director, MUNICIPAL_PROGRAM_DIRECTOR, director, "Participatie")
                .role(d(2024, 3, 4), director, RESPONSIBLE_ALDERMAN, alderman2022, "Bestuur")
                .role(d(2024, 3, 4), bram, INITIATIVE_CHAIR, bram, null)
                .role(d(2024, 3, 4), bram, INITIATIVE_PROJECT_LEAD, fatima, null)
                .session(
                        d(2024, 3, 18),
                        2,
                        lotte,
                        all(energy, director, procurement, bram, fatima, lotte),
                        "Wie spreekt namens wie? Rollen en mandaat aan beide kanten.",
                        "namens wie spreek je",
                        "rollen")
                .milestone(
                        d(2024, 4, 2),
                        energy,
                        "asd-m1",
                        "Haalbaarheidsstudie warmtenet gereed",
                        d(2024, 12, 13),
                        energy,
                        fatima,
                        "Bij een positieve studie financiert de gemeente de uitwerking van de businesscase (fase 2).",
                        "procesfinanciering fase 2",
                        "ambtelijke inzet van inkoop en juridische zaken")
                .session(
                        d(2024, 4, 15),
                        3,
                        lotte,
                        all(energy, director, bram, fatima, lotte),
                        "Piketpaaltjes geslagen: mijlpalen met vooraf afgesproken garanties.",
                        "stapsgewijs aan de slag",
                        "garanties")
                .funding(
                        d(2024, 5, 1),
                        energy,
                        "asd-f1",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        25_000,
                        d(2024, 5, 1),
                        d(2025, 6, 30),
                        "Beschikking procesfinanciering haalbaarheidsstudie (demo)")
                .session(
                        d(2024, 5, 13),
                        4,
                        lotte,
                        all(energy, director, bram, willem, lotte),
                        "Financiering en vertegenwoordiging.",
                        "financiering",
                        "draagvlak in de buurt")
                .theme(
                        d(2024, 5, 13),
                        energy,
                        Theme.REPRESENTATION,
                        PARTLY_CLARIFIED,
                        "Het initiatief spreekt namens zijn leden, nog niet namens de hele buurt; een draagvlakpeiling volgt in fase 2.")
                .session(
                        d(2024, 6, 10),
                        5,
                        lotte,
                        all(energy, director, alderman2022, bram, fatima, lotte),
                        "Intentieovereenkomst voorbereid.",
                        "borg het partnerschap")
                .theme(
                        d(2024, 6, 10),
                        energy,
                        Theme.ROLES,
                        CLARIFIED,
                        "Gemeente: regie op de wijkaanpak en vergunningen; coöperatie: ontwikkeling en exploitatie van het warmtenet.")
                .agreement(
                        d(2024, 7, 8),
                        energy,
                        "asd-intentie",
                        AgreementKind.INTENT_AGREEMENT,
                        "Intentieovereenkomst warmtenet Assendorp",
                        List.of(
                                alderman2022.signs("Collegebesluit van 2 juli 2024"),
                                bram.signs("Besluit van de ALV van 26 juni 2024")),
                        d(2024, 7, 8),
                        d(2026, 6, 30),
                        Set.of(ROLES_TASKS_RESPONSIBILITIES, GOALS_AND_VALUES, EVALUATION_MOMENTS, FINANCING),
                        "Intentieovereenkomst Assendorp (demo)",
                        "Samen onderzoeken of een coöperatief warmtenet haalbaar is, langs drie piketpaaltjes.")
                .session(
                        d(2024, 9, 2),
                        6,
                        lotte,
                        all(energy, director, bram, fatima, lotte),
                        "Evaluatie van het begeleide traject; afspraken over veerkrachtig samenwerken.",
                        "veerkrachtig samenwerken")
                .theme(
                        d(2024, 9, 2),
                        energy,
                        Theme.RESILIENT_COOPERATION,
                        CLARIFIED,
                        "Vast overleg elke zes weken.",
                        "Bij een wisseling van personen volgt een overdrachtsgesprek met het initiatief.")
                .theme(
                        d(2024, 9, 2),
                        energy,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "Procesfinanciering tot en met de businesscase; daarna een garantstelling onderzoeken.")
                .work(
                        d(2024, 9, 2),
                        energy,
                        DoenPart.GET_TO_KNOW_EACH_OTHER,
                        "Zes sessies van het begeleide traject doorlopen.")
                .regularMeetings(d(2024, 9, 16), ago(20), 42, energy, all(energy, director, fatima), "voortgang")
                .outcome(
                        d(2024, 12, 9),
                        energy,
                        "asd-m1",
                        MilestoneResult.MET,
                        true,
                        "Studie positief; procesfinanciering voor fase 2 is beschikbaar gesteld.")
                .funding(
                        d(2025, 1, 6),
                        energy,
                        "asd-f2",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        60_000,
                        d(2025, 1, 6),
                        d(2026, 6, 30),
                        "Beschikking procesfinanciering fase 2 (demo)")
                .milestone(
                        d(2025, 1, 13),
                        energy,
                        "asd-m2",
                        "Businesscase en aansluitbereidheid van 30%",
                        d(2025, 11, 28),
                        energy,
                        fatima,
                        "Bij 30% aansluitbereidheid sluiten gemeente en coöperatie een samenwerkingsovereenkomst en stelt de gemeente een garantstelling voor de aanleg beschikbaar.",
                        "samenwerkingsovereenkomst",
                        "garantstelling voor de aanleg")
                .work(d(2025, 1, 13), fatima, DoenPart.STEP_BY_STEP, "Businesscase en draagvlakpeiling gestart.")
                .meeting(
                        d(2025, 2, 17),
                        energy,
                        all(energy, director, fatima),
                        "Voortgang businesscase.",
                        "businesscase")
                .meeting(
                        d(2025, 4, 14),
                        energy,
                        all(energy, procurement, fatima, bram),
                        "Inkoop en juridische vragen bij de aanleg.",
                        "inkoop",
                        "garantstelling")
                .recordedOn(d(2025, 8, 4))
                .meeting(
                        d(2025, 6, 16),
                        energy,
                        all(energy, director, fatima),
                        "Eerste uitkomsten van de draagvlakpeiling.",
                        "draagvlak")
                .meeting(
                        d(2025, 9, 15),
                        energy,
                        all(energy, director, alderman2022, fatima, bram),
                        "Bestuurlijk overleg over de businesscase.",
                        "businesscase")
                .outcome(
                        d(2025, 11, 24),
                        energy,
                        "asd-m2",
                        MilestoneResult.MET,
                        true,
                        "42% van de woningen wil aansluiten; de samenwerkingsovereenkomst wordt opgesteld.")
                .theme(
                        d(2025, 11, 24),
                        energy,
                        Theme.FINANCING,
                        CLARIFIED,
                        "Garantstelling voor de aanleg; exploitatie voor rekening en risico van de coöperatie.")
                .theme(
                        d(2025, 11, 24),
                        energy,
                        Theme.REPRESENTATION,
                        CLARIFIED,
                        "Draagvlakpeiling: 42% aansluitbereid; de ALV mandateert het bestuur voor de samenwerkingsovereenkomst.")
                .agreement(
                        d(2026, 2, 16),
                        energy,
                        "asd-samenwerking",
                        AgreementKind.COOPERATION_AGREEMENT,
                        "Samenwerkingsovereenkomst warmtenet Assendorp",
                        List.of(
                                alderman2022.signs("Collegebesluit van 10 februari 2026"),
                                bram.signs("Besluit van de ALV van 4 februari 2026")),
                        d(2026, 3, 1),
                        d(2036, 2, 28),
                        Set.of(
                                ROLES_TASKS_RESPONSIBILITIES,
                                RISK_ANALYSIS,
                                WORKING_STRUCTURE,
                                DECISION_STRUCTURE,
                                EVALUATION_MOMENTS,
                                FINANCING),
                        "Samenwerkingsovereenkomst Assendorp (demo)",
                        "Aanleg en exploitatie door de coöperatie; de gemeente staat garant en neemt het warmtenet op in de wijkaanpak.")
                .funding(
                        d(2026, 2, 16),
                        energy,
                        "asd-f3",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.GUARANTEE,
                        1_500_000,
                        d(2026, 3, 1),
                        d(2035, 12, 31),
                        "Raadsbesluit garantstelling warmtenet Assendorp (demo)")
                .facilitatorReleased(
                        d(2026, 3, 2), energy, lotte, "Heldere samenwerkingsafspraken; begeleiding is niet meer nodig.")
                .milestone(
                        d(2026, 3, 2),
                        energy,
                        "asd-m3",
                        "Eerste 150 woningen aangesloten",
                        ahead(120),
                        energy,
                        fatima,
                        "De gemeente neemt de tweede fase (Assendorp-Zuid) op in de wijkaanpak en verlengt de garantstelling.",
                        "opname in de wijkaanpak",
                        "verlenging van de garantstelling")
                .then(new RecordJointStory(
                        a.caseId,
                        fatima.actor(),
                        d(2026, 3, 16),
                        "Assendorp warmt zichzelf op: bewoners en gemeente bouwen samen aan een warmtenet dat van de buurt is.",
                        "Gezamenlijk verhaal Assendorp (demo)"))
                .meeting(
                        d(2026, 4, 13),
                        energy,
                        all(energy, procurement, fatima),
                        "Aanbesteding van het leidingwerk door de coöperatie; start aanleg voorbereid.",
                        "aanleg")
                .handedOver(
                        d(2026, 5, 28),
                        director,
                        RESPONSIBLE_ALDERMAN,
                        alderman2026,
                        "Bestuur",
                        "Overdrachtsdossier: samenwerkingsovereenkomst, garantstelling en mijlpaal 3 besproken met de nieuwe wethouder.")
                .meeting(
                        d(2026, 6, 15),
                        energy,
                        all(energy, director, alderman2026, fatima, bram),
                        "Kennismaking en bestuurlijk overleg met de nieuwe wethouder.",
                        "bestuurlijk overleg")
                .meeting(ago(100), energy, all(energy, director, fatima, bram), "Planning aansluitingen.", "aanleg")
                .meeting(ago(55), energy, all(energy, director, fatima), "Voortgang aansluitingen.", "aanleg")
                .meeting(ago(12), energy, all(energy, director, fatima), "Voorbereiding van mijlpaal 3.", "mijlpaal 3");

        // Stadshagen: a small solar initiative, waiting for the grid operator: attention (paused too long).
        initiative(
                d(2024, 6, 3),
                d(2024, 6, 3),
                ingrid,
                stadshagen,
                "Zon op Stadshagen (fictief)",
                LegalForm.INFORMAL_GROUP,
                "Stadshagen",
                ZWOLLE,
                Domain.SOLAR);
        String solar = "Zonnepanelen op maatschappelijk vastgoed";
        var s = new CaseStory(demo, "zwolle-zon-op-stadshagen", ZWOLLE, stadshagen);
        s.requested(
                        d(2024, 9, 2),
                        ingrid,
                        solar,
                        "Stadshagen",
                        "Buurtbewoners willen de daken van school, sporthal en wijkcentrum vol leggen, met opbrengst voor de buurt.")
                .meeting(
                        d(2024, 9, 16),
                        realEstate,
                        all(realEstate, director, ingrid),
                        "Kennismaking en verkenning van de daken.",
                        "leer elkaar kennen")
                .granted(d(2024, 11, 4), director, solar, "Stadshagen", d(2030, 11, 4))
                .role(d(2024, 11, 4), director, MUNICIPAL_CONTACT, realEstate, "Vastgoed")
                .role(d(2024, 11, 4), director, MUNICIPAL_PROGRAM_DIRECTOR, director, "Participatie")
                .role(d(2024, 11, 4), ingrid, INITIATIVE_CONTACT, ingrid, null)
                .agreement(
                        d(2025, 2, 10),
                        realEstate,
                        "sh-plan",
                        AgreementKind.PLAN_OF_APPROACH,
                        "Plan van aanpak zon op Stadshagen",
                        List.of(
                                realEstate.signs("Mandaat afdelingshoofd Vastgoed"),
                                ingrid.signs("Namens de bewonersgroep")),
                        d(2025, 2, 10),
                        d(2030, 2, 10),
                        Set.of(PROCESS, ROLES_TASKS_RESPONSIBILITIES),
                        null,
                        "Dakscan, netcapaciteit, daarna een besluit over huur van de daken.")
                .theme(
                        d(2025, 3, 10),
                        realEstate,
                        Theme.REPRESENTATION,
                        PARTLY_CLARIFIED,
                        "Twaalf huishoudens doen mee; werving loopt.")
                .theme(
                        d(2025, 3, 10),
                        realEstate,
                        Theme.ROLES,
                        PARTLY_CLARIFIED,
                        "Gemeente verhuurt de daken; de groep organiseert de deelname.")
                .theme(
                        d(2025, 3, 10),
                        realEstate,
                        Theme.RESILIENT_COOPERATION,
                        PARTLY_CLARIFIED,
                        "Overleg elke twee maanden.")
                .theme(
                        d(2025, 3, 10),
                        realEstate,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "Financiering via obligaties aan buurtbewoners onderzoeken.")
                .milestone(
                        d(2025, 3, 10),
                        realEstate,
                        "sh-m1",
                        "Dakscan en uitsluitsel over netcapaciteit",
                        ahead(200),
                        realEstate,
                        ingrid,
                        "Bij voldoende netcapaciteit legt de gemeente de huur van de daken vast in een overeenkomst.",
                        "huurovereenkomst daken")
                .regularMeetings(
                        d(2024, 11, 18), ago(155), 49, realEstate, all(realEstate, director, ingrid), "voortgang")
                .meeting(
                        d(2025, 4, 14), realEstate, all(realEstate, director, ingrid), "Resultaten dakscan.", "dakscan")
                .meeting(
                        d(2025, 9, 15),
                        realEstate,
                        all(realEstate, ingrid),
                        "Netbeheerder meldt mogelijke netcongestie.",
                        "netcapaciteit")
                .meeting(
                        ago(150),
                        realEstate,
                        all(realEstate, director, ingrid),
                        "Geen uitsluitsel van de netbeheerder; besloten te pauzeren.",
                        "netcapaciteit")
                .then(new PauseCase(
                        s.caseId,
                        realEstate.actor(),
                        ago(140),
                        "Wachten op uitsluitsel van de netbeheerder over netcongestie in Stadshagen."));
    }

    // ----------------------------------------------------------------------------------------- Zutphen

    private void zutphen() {
        var desk = municipal(
                "demo-gerda-postma", "Gerda Postma", ZUTPHEN, CIVIL_SERVANT, "Gemeente Zutphen, Duurzaamheid");
        var energy =
                municipal("demo-henk-wolters", "Henk Wolters", ZUTPHEN, CIVIL_SERVANT, "Gemeente Zutphen, Energie");
        var spatial = municipal(
                "demo-marloes-brink",
                "Marloes Brink",
                ZUTPHEN,
                PROGRAM_DIRECTOR,
                "Gemeente Zutphen, Ruimtelijke ontwikkeling");
        var mayor = municipal("demo-willemien-tiemens", "Willemien Tiemens", ZUTPHEN, MAYOR, "Gemeente Zutphen");
        var alderman2022 =
                municipal("demo-marielle-kamphuis", "Mariëlle Kamphuis", ZUTPHEN, ALDERMAN, "Gemeente Zutphen");
        var other2022 = municipal("demo-erwin-dekker", "Erwin Dekker", ZUTPHEN, ALDERMAN, "Gemeente Zutphen");
        var alderman2026 = municipal("demo-bas-hofman", "Bas Hofman", ZUTPHEN, ALDERMAN, "Gemeente Zutphen");
        var other2026 = municipal("demo-yvonne-jacobs", "Yvonne Jacobs", ZUTPHEN, ALDERMAN, "Gemeente Zutphen");
        String ze = "zutphenenergie";
        var anton = initiativePerson("demo-anton-kuipers", "Anton Kuipers", ze, BOARD_MEMBER, "ZutphenEnergie");
        var rianne = initiativePerson(
                "demo-rianne-koster", "Rianne Koster", ze, PROJECT_LEAD, "ZutphenEnergie, Energiewinkel");
        var daan = initiativePerson("demo-daan-vos", "Daan Vos", ze, PROJECT_LEAD, "ZutphenEnergie, warmte");

        LocalDate archive = d(2024, 6, 3); // the file was brought up to date from the paper records
        register(
                d(2021, 1, 11),
                desk,
                energy,
                spatial,
                mayor,
                alderman2022,
                other2022,
                alderman2026,
                other2026,
                anton,
                rianne,
                daan);
        municipality(
                ZUTPHEN,
                energy,
                d(2021, 1, 11),
                mayor,
                d(2022, 6, 9),
                List.of(member(alderman2022, "Energie en klimaat"), member(other2022, "Financiën")),
                d(2026, 6, 4),
                List.of(member(alderman2026, "Energie en klimaat", "Wonen"), member(other2026, "Financiën")));
        initiative(
                d(2015, 1, 15),
                d(2024, 1, 8),
                anton,
                ze,
                "ZutphenEnergie",
                LegalForm.COOPERATIVE,
                "Gemeente Zutphen",
                ZUTPHEN,
                Domain.ENERGY_ADVICE,
                Domain.SAVING,
                Domain.SOLAR,
                Domain.HEAT);

        // The energy desk, in ZutphenEnergie's Energiewinkel since 2016 through the right to challenge (002): the
        // partnership is laid down along the process guide and declared mature; its start recorded late.
        String deskActivity = "Energieloket: voorlichting en advies over energiebesparing";
        var e = new CaseStory(demo, "zutphen-energieloket", ZUTPHEN, ze);
        e.recordedOn(archive)
                .requested(
                        d(2024, 1, 22),
                        anton,
                        deskActivity,
                        "Gemeente Zutphen",
                        "Het energieloket zit sinds 2016 via het uitdaagrecht in onze Energiewinkel: wij kunnen het beter (we staan dichterbij en zijn zelf bewoners), sneller en goedkoper (vrijwilligers aangestuurd door professionals). We vragen de gemeente het partnerschap volgens de procesgids vast te leggen.")
                .recordedOn(archive)
                .granted(d(2024, 3, 11), desk, deskActivity, "Gemeente Zutphen", d(2024, 12, 31))
                .recordedOn(archive)
                .then(new RecordRoute(
                        e.caseId,
                        desk.actor(),
                        d(2024, 3, 11),
                        CooperationRoute.RIGHT_TO_CHALLENGE,
                        "Collegebesluit uitdaagrecht energieloket (demo)",
                        "De coöperatie voert sinds 2016 het energieloket uit, met het bijbehorende budget."))
                .recordedOn(archive)
                .role(d(2024, 3, 11), desk, MUNICIPAL_CONTACT, desk, "Duurzaamheid")
                .recordedOn(archive)
                .role(d(2024, 3, 11), anton, INITIATIVE_PROJECT_LEAD, rianne, null)
                .recordedOn(archive)
                .agreement(
                        d(2024, 4, 15),
                        desk,
                        "zl-samenwerking",
                        AgreementKind.COOPERATION_AGREEMENT,
                        "Samenwerkingsovereenkomst energieloket in de Energiewinkel",
                        List.of(
                                alderman2022.signs("Collegebesluit van 9 april 2024"),
                                anton.signs("Bestuursbesluit ZutphenEnergie")),
                        d(2024, 5, 1),
                        null,
                        Set.of(ROLES_TASKS_RESPONSIBILITIES, FINANCING, EVALUATION_MOMENTS),
                        "Samenwerkingsovereenkomst energieloket (demo)",
                        "Het energieloket blijft ondergebracht in de Energiewinkel van ZutphenEnergie; jaarlijkse evaluatie.")
                .theme(
                        d(2024, 6, 10),
                        desk,
                        Theme.ROLES,
                        CLARIFIED,
                        "De coöperatie voert het loket uit; de gemeente financiert en evalueert.")
                .theme(
                        d(2024, 6, 10),
                        desk,
                        Theme.FINANCING,
                        CLARIFIED,
                        "Jaarlijks budget voor het loket in de begroting.")
                .theme(
                        d(2024, 6, 10),
                        desk,
                        Theme.REPRESENTATION,
                        CLARIFIED,
                        "Het loket is er voor alle inwoners van Zutphen.")
                .theme(
                        d(2024, 6, 10),
                        desk,
                        Theme.RESILIENT_COOPERATION,
                        CLARIFIED,
                        "Jaarlijkse evaluatie met wethouder en bestuur.")
                .meeting(
                        d(2025, 2, 10),
                        desk,
                        all(desk, alderman2022, anton, rianne),
                        "Jaarevaluatie van het energieloket; structurele inbedding besproken.",
                        "evaluatie")
                .then(
                        new DeclareMaturity(
                                e.caseId,
                                desk.actor(),
                                d(2025, 6, 16),
                                "Het energieloket is sinds 2016 ondergebracht in de Energiewinkel van ZutphenEnergie; rollen en financiering zijn structureel vastgelegd."));

        // The heat network of De Hoven: the joint feasibility study was met, the promised financing did not come (001:
        // stop-go).
        String heat = "Coöperatief warmtenet";
        var h = new CaseStory(demo, "zutphen-warmtenet-de-hoven", ZUTPHEN, ze);
        h.requested(
                        d(2024, 4, 8),
                        daan,
                        heat,
                        "De Hoven",
                        "Na het energieloket wil de coöperatie ook de warmte in De Hoven samen met de buurt organiseren.")
                .granted(d(2024, 5, 27), energy, heat, "De Hoven", d(2030, 6, 30))
                .role(d(2024, 5, 27), energy, MUNICIPAL_CONTACT, energy, "Energie")
                .role(d(2024, 5, 27), energy, MUNICIPAL_PROGRAM_DIRECTOR, spatial, "Ruimtelijke ontwikkeling")
                .role(d(2024, 5, 27), daan, INITIATIVE_PROJECT_LEAD, daan, null)
                .agreement(
                        d(2024, 7, 8),
                        energy,
                        "zt-intentie",
                        AgreementKind.INTENT_AGREEMENT,
                        "Intentieovereenkomst warmtenet De Hoven",
                        List.of(
                                alderman2022.signs("Collegebesluit van 2 juli 2024"),
                                anton.signs("Besluit van de ALV van juni 2024")),
                        d(2024, 7, 8),
                        d(2030, 6, 30),
                        Set.of(GOALS_AND_VALUES, ROLES_TASKS_RESPONSIBILITIES, EVALUATION_MOMENTS),
                        null,
                        "Samen een haalbaarheidsstudie; daarna planontwikkeling als de studie positief is.")
                .milestone(
                        d(2024, 7, 8),
                        energy,
                        "zt-m1",
                        "Gezamenlijke haalbaarheidsstudie warmtenet De Hoven en besluit over de planontwikkeling",
                        ago(75),
                        energy,
                        daan,
                        "Bij een positieve studie financieren gemeente en coöperatie samen de planontwikkeling.",
                        "procesfinanciering voor de planontwikkeling",
                        "ambtelijke capaciteit")
                .funding(
                        d(2024, 8, 1),
                        energy,
                        "zt-f1",
                        FundingSource.PROVINCIAL,
                        FundingInstrument.SUBSIDY,
                        40_000,
                        d(2024, 8, 1),
                        d(2026, 3, 31),
                        "Provinciale subsidie haalbaarheidsstudie (demo)")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.ROLES,
                        CLARIFIED,
                        "Gemeente: warmtetransitieplan en vergunningen; coöperatie: studie en draagvlak.")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.REPRESENTATION,
                        PARTLY_CLARIFIED,
                        "De coöperatie heeft 80 leden in De Hoven.")
                .theme(
                        d(2024, 11, 11),
                        energy,
                        Theme.RESILIENT_COOPERATION,
                        PARTLY_CLARIFIED,
                        "Overleg elke twee maanden.")
                .theme(
                        d(2024, 11, 11),
                        energy,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "De studie is gefinancierd; de planontwikkeling nog niet.")
                .regularMeetings(d(2024, 6, 10), ago(25), 49, energy, all(energy, spatial, daan), "voortgang")
                .meeting(
                        d(2024, 11, 11),
                        energy,
                        all(energy, spatial, daan),
                        "Opdracht voor de haalbaarheidsstudie.",
                        "haalbaarheidsstudie")
                .meeting(
                        d(2025, 3, 3),
                        energy,
                        all(energy, spatial, daan),
                        "Tussenresultaten warmtebronnen.",
                        "haalbaarheidsstudie")
                .meeting(d(2025, 6, 16), energy, all(energy, daan, anton), "Draagvlak in De Hoven.", "draagvlak")
                .meeting(
                        d(2025, 11, 17),
                        energy,
                        all(energy, spatial, daan),
                        "Conceptrapport besproken.",
                        "haalbaarheidsstudie")
                .meeting(
                        d(2026, 2, 16),
                        energy,
                        all(energy, spatial, alderman2022, daan, anton),
                        "Presentatie van de studie: positief.",
                        "haalbaarheidsstudie")
                .meeting(
                        d(2026, 7, 6),
                        energy,
                        all(energy, spatial, alderman2026, daan),
                        "Kennismaking met de nieuwe wethouder; financiering planontwikkeling gevraagd.",
                        "financiering")
                .decision(
                        ago(80),
                        energy,
                        "zt-begroting",
                        DecisionBody.COLLEGE,
                        budgetOf(ago(80)) + ": planontwikkeling warmtenet De Hoven",
                        "Geen middelen voor de planontwikkeling opgenomen; heroverweging bij de voorjaarsnota.")
                .outcome(
                        ago(75),
                        energy,
                        "zt-m1",
                        MilestoneResult.MET,
                        false,
                        "Studie afgerond en positief, maar de toegezegde financiering van de planontwikkeling is niet in de begroting opgenomen.")
                .meeting(
                        ago(20),
                        energy,
                        all(energy, spatial, daan, anton),
                        "Hoe nu verder zonder financiering voor de planontwikkeling?",
                        "financiering");
    }

    // ---------------------------------------------------------------------------------------- Den Haag

    private void denHaag() {
        var heat = municipal(
                "demo-yusuf-demir", "Yusuf Demir", DEN_HAAG, CIVIL_SERVANT, "Gemeente Den Haag, Warmtetransitie");
        var district = municipal(
                "demo-claire-verbeek", "Claire Verbeek", DEN_HAAG, PROGRAM_DIRECTOR, "Gemeente Den Haag, Wijkaanpak");
        var sustainability = municipal(
                "demo-rob-claassen", "Rob Claassen", DEN_HAAG, CIVIL_SERVANT, "Gemeente Den Haag, Duurzaamheid");
        var mayor = municipal("demo-johannes-reinders", "Johannes Reinders", DEN_HAAG, MAYOR, "Gemeente Den Haag");
        var alderman2022 = municipal("demo-saskia-oosting", "Saskia Oosting", DEN_HAAG, ALDERMAN, "Gemeente Den Haag");
        var other2022 = municipal("demo-mohamed-amrani", "Mohamed Amrani", DEN_HAAG, ALDERMAN, "Gemeente Den Haag");
        var alderman2026 =
                municipal("demo-dirk-jan-verhoef", "Dirk-Jan Verhoef", DEN_HAAG, ALDERMAN, "Gemeente Den Haag");
        var other2026 = municipal("demo-femke-wouters", "Femke Wouters", DEN_HAAG, ALDERMAN, "Gemeente Den Haag");
        String bomenbuurt = "warmtenet-bomenbuurt";
        var jeroen = initiativePerson(
                "demo-jeroen-peters", "Jeroen Peters", bomenbuurt, BOARD_MEMBER, "Vereniging Warmtenet Bomenbuurt");
        var annemiek = initiativePerson(
                "demo-annemiek-visser", "Annemiek Visser", bomenbuurt, PROJECT_LEAD, "Vereniging Warmtenet Bomenbuurt");
        // the ready user procesbegeleider (application.yml) is this facilitator, so that it sees its case
        var marleen = new DemoPerson(
                "p-procesbegeleider", "Marleen Kuipers", Party.external("Energie Samen"), FACILITATOR, "Energie Samen");
        String duinoord = "zonnecollectief-duinoord";
        var hans = initiativePerson("demo-hans-verwey", "Hans Verwey", duinoord, MEMBER, "Zonnecollectief Duinoord");

        register(
                d(2021, 2, 1),
                heat,
                district,
                sustainability,
                mayor,
                alderman2022,
                other2022,
                alderman2026,
                other2026,
                jeroen,
                annemiek);
        register(d(2023, 9, 4), hans);
        register(d(2024, 3, 4), marleen);
        municipality(
                DEN_HAAG,
                heat,
                d(2021, 2, 1),
                mayor,
                d(2022, 6, 16),
                List.of(member(alderman2022, "Energietransitie", "Wijkaanpak"), member(other2022, "Financiën")),
                d(2026, 6, 11),
                List.of(member(alderman2026, "Energietransitie", "Wijkaanpak"), member(other2026, "Financiën")));
        demo.recordOn(
                d(2021, 2, 1),
                new AdoptPolicy(
                        DEN_HAAG,
                        heat.actor(),
                        d(2018, 2, 6),
                        "den-haag-energieakkoord",
                        PolicyKind.POLICY_DOCUMENT,
                        "Haags Energieakkoord",
                        AdoptingBody.COLLEGE,
                        false,
                        null,
                        "https://duurzaamdenhaag.nl/upload/files/Energieakkoord-versie-6februari2018.pdf"));

        // Bomenbuurt: step by step in the action line for heat initiatives (000); its process financing runs out:
        // attention.
        initiative(
                d(2020, 9, 1),
                d(2021, 2, 1),
                jeroen,
                bomenbuurt,
                "Warmtenet Bomenbuurt (fictief)",
                LegalForm.ASSOCIATION,
                "Bomenbuurt",
                DEN_HAAG,
                Domain.HEAT);
        String network = "Buurtwarmtenet";
        var b = new CaseStory(demo, "den-haag-warmtenet-bomenbuurt", DEN_HAAG, bomenbuurt);
        b.requested(
                        d(2024, 1, 8),
                        jeroen,
                        network,
                        "Bomenbuurt",
                        "De vereniging wil medeontwikkelaar worden van het warmtenet in de Bomenbuurt, niet alleen meedenken.")
                .meeting(
                        d(2024, 1, 29),
                        heat,
                        all(heat, district, jeroen, annemiek),
                        "Kennismaking; uitleg over de Actielijn Bewonersinitiatieven Warmtenetten.",
                        "leer elkaar kennen")
                .granted(d(2024, 3, 11), district, network, "Bomenbuurt", d(2030, 12, 31))
                .facilitator(d(2024, 3, 11), district, marleen)
                .role(d(2024, 3, 11), district, MUNICIPAL_CONTACT, heat, "Warmtetransitie")
                .role(d(2024, 3, 11), district, MUNICIPAL_PROGRAM_DIRECTOR, district, "Wijkaanpak")
                .role(d(2024, 3, 11), jeroen, INITIATIVE_CHAIR, jeroen, null)
                .role(d(2024, 3, 11), jeroen, INITIATIVE_PROJECT_LEAD, annemiek, null)
                .funding(
                        d(2024, 4, 15),
                        heat,
                        "bb-proces",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.PROCESS_FINANCING,
                        45_000,
                        d(2024, 4, 15),
                        ahead(40),
                        "Actielijn Bewonersinitiatieven Warmtenetten: procesfinanciering (demo)")
                .agreement(
                        d(2024, 5, 13),
                        heat,
                        "bb-plan",
                        AgreementKind.PLAN_OF_APPROACH,
                        "Plan van aanpak warmtenet Bomenbuurt",
                        List.of(
                                district.signs("Mandaat programmamanager Wijkaanpak"),
                                jeroen.signs("Besluit van de ledenvergadering")),
                        d(2024, 5, 13),
                        d(2030, 5, 13),
                        Set.of(PROCESS, ROLES_TASKS_RESPONSIBILITIES, FINANCING),
                        null,
                        "Stapsgewijs: technische studie, wijkuitvoeringsplan, daarna een besluit over medeontwikkeling.")
                .milestone(
                        d(2024, 5, 13),
                        heat,
                        "bb-m1",
                        "Technische haalbaarheidsstudie: warmtebron en tracé",
                        d(2025, 4, 30),
                        heat,
                        annemiek,
                        "Bij een positieve studie gaat het initiatief door naar de volgende fase van de Actielijn.",
                        "vervolgfase in de Actielijn")
                .funding(
                        d(2024, 6, 3),
                        heat,
                        "bb-studie",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.SUBSIDY,
                        30_000,
                        d(2024, 6, 3),
                        d(2025, 5, 31),
                        "Subsidie technische studie (demo)")
                .theme(
                        d(2024, 9, 9),
                        heat,
                        Theme.ROLES,
                        CLARIFIED,
                        "De vereniging is medeontwikkelaar; de gemeente regisseert de wijkaanpak.")
                .theme(
                        d(2024, 9, 9),
                        heat,
                        Theme.REPRESENTATION,
                        PARTLY_CLARIFIED,
                        "140 leden; de vereniging peilt het draagvlak in de hele buurt.")
                .theme(d(2024, 9, 9), heat, Theme.RESILIENT_COOPERATION, PARTLY_CLARIFIED, "Maandelijks overleg.")
                .theme(
                        d(2024, 9, 9),
                        heat,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "Procesfinanciering uit de Actielijn; aanleg nog open.")
                .regularMeetings(d(2024, 4, 1), ago(30), 42, heat, all(heat, district, annemiek), "voortgang")
                .meeting(
                        d(2024, 10, 7),
                        heat,
                        all(heat, district, annemiek),
                        "Opdracht technische studie.",
                        "technische studie")
                .outcome(
                        d(2025, 4, 22),
                        heat,
                        "bb-m1",
                        MilestoneResult.MET,
                        true,
                        "Studie positief; de vervolgfase in de Actielijn is toegekend.")
                .milestone(
                        d(2025, 5, 19),
                        heat,
                        "bb-m2",
                        "Wijkuitvoeringsplan en draagvlakpeiling",
                        ahead(60),
                        heat,
                        annemiek,
                        "Bij voldoende draagvlak neemt de gemeente het warmtenet als coöperatief project op in het wijkuitvoeringsplan.",
                        "opname in het wijkuitvoeringsplan")
                .meeting(
                        d(2025, 9, 1),
                        heat,
                        all(heat, district, jeroen, annemiek),
                        "Opzet draagvlakpeiling.",
                        "draagvlak")
                .meeting(
                        d(2026, 1, 12),
                        heat,
                        all(heat, district, annemiek),
                        "Voortgang wijkuitvoeringsplan.",
                        "wijkuitvoeringsplan")
                .meeting(
                        d(2026, 3, 2),
                        heat,
                        all(heat, district, alderman2022, jeroen),
                        "Bestuurlijk overleg over de aanleg.",
                        "financiering")
                .meeting(
                        d(2026, 6, 29),
                        heat,
                        all(heat, district, alderman2026, jeroen, annemiek),
                        "Kennismaking met de nieuwe wethouder.",
                        "bestuurlijk overleg")
                .meeting(
                        ago(25),
                        heat,
                        all(heat, district, annemiek),
                        "De procesfinanciering loopt af; nog geen vervolg toegezegd.",
                        "financiering");

        // Duinoord: the parties stopped the search together (004).
        initiative(
                d(2023, 9, 4),
                d(2023, 9, 4),
                hans,
                duinoord,
                "Zonnecollectief Duinoord (fictief)",
                LegalForm.INFORMAL_GROUP,
                "Duinoord",
                DEN_HAAG,
                Domain.SOLAR);
        String roofs = "Zon op de daken van Duinoord";
        var z = new CaseStory(demo, "den-haag-zon-duinoord", DEN_HAAG, duinoord);
        z.requested(
                        d(2024, 1, 15),
                        hans,
                        roofs,
                        "Duinoord",
                        "Bewoners willen samen zonnepanelen op de daken van de buurt.")
                .granted(d(2024, 3, 25), sustainability, roofs, "Duinoord", d(2025, 9, 30))
                .role(d(2024, 3, 25), sustainability, MUNICIPAL_CONTACT, sustainability, "Duurzaamheid")
                .role(d(2024, 3, 25), hans, INITIATIVE_CONTACT, hans, null)
                .meeting(
                        d(2024, 4, 22),
                        sustainability,
                        all(sustainability, hans),
                        "Kennismaking.",
                        "leer elkaar kennen")
                .regularMeetings(
                        d(2024, 5, 27),
                        d(2025, 10, 6),
                        49,
                        sustainability,
                        all(sustainability, district, hans),
                        "voortgang")
                .meeting(
                        d(2024, 7, 8),
                        sustainability,
                        all(sustainability, hans),
                        "Eigendom van de installaties.",
                        "eigendom")
                .meeting(
                        d(2024, 11, 11),
                        sustainability,
                        all(sustainability, district, hans),
                        "Schaal van het project.",
                        "schaal")
                .meeting(
                        d(2025, 6, 16),
                        sustainability,
                        all(sustainability, hans),
                        "Verwachtingen lopen uiteen.",
                        "eigendom",
                        "schaal")
                .then(
                        new StopCase(
                                z.caseId,
                                sustainability.actor(),
                                d(2025, 10, 13),
                                "Samen besloten de zoektocht te staken: de verwachtingen over eigendom en schaal liepen te ver uiteen."));
    }

    // --------------------------------------------------------------------------------------- Amsterdam

    private void amsterdam() {
        var energy =
                municipal("demo-noor-bakker", "Noor Bakker", AMSTERDAM, CIVIL_SERVANT, "Gemeente Amsterdam, Energie");
        var housing = municipal(
                "demo-mirjam-de-graaf", "Mirjam de Graaf", AMSTERDAM, PROGRAM_DIRECTOR, "Gemeente Amsterdam, Wonen");
        var mayor = municipal("demo-marieke-holtkamp", "Marieke Holtkamp", AMSTERDAM, MAYOR, "Gemeente Amsterdam");
        var alderman2022 =
                municipal("demo-thijs-roosendaal", "Thijs Roosendaal", AMSTERDAM, ALDERMAN, "Gemeente Amsterdam");
        var other2022 = municipal("demo-nadia-bouzid", "Nadia Bouzid", AMSTERDAM, ALDERMAN, "Gemeente Amsterdam");
        var alderman2026 = municipal("demo-carmen-sterk", "Carmen Sterk", AMSTERDAM, ALDERMAN, "Gemeente Amsterdam");
        var other2026 = municipal("demo-gijs-brouwer", "Gijs Brouwer", AMSTERDAM, ALDERMAN, "Gemeente Amsterdam");
        String ketelhuis = "buurtcooperatie-ketelhuis";
        var olaf = initiativePerson(
                "demo-olaf-hermans", "Olaf Hermans", ketelhuis, BOARD_MEMBER, "Buurtcoöperatie Ketelhuis");
        var sevda = initiativePerson(
                "demo-sevda-yilmaz", "Sevda Yılmaz", ketelhuis, PROJECT_LEAD, "Buurtcoöperatie Ketelhuis");

        register(d(2021, 3, 15), energy, housing, mayor, alderman2022, other2022, alderman2026, other2026, olaf, sevda);
        municipality(
                AMSTERDAM,
                energy,
                d(2021, 3, 15),
                mayor,
                d(2022, 6, 1),
                List.of(member(alderman2022, "Energietransitie"), member(other2022, "Financiën")),
                d(2026, 5, 27),
                List.of(member(alderman2026, "Energietransitie", "Duurzaamheid"), member(other2026, "Financiën")));
        demo.record(new AdoptPolicy(
                AMSTERDAM,
                energy.actor(),
                d(2024, 5, 14),
                "amsterdam-energiecooperaties-2024",
                PolicyKind.POLICY_DOCUMENT,
                "Beleid over ruimte en ondersteuning voor energiecoöperaties",
                AdoptingBody.COLLEGE,
                true,
                null,
                "Beleid energiecoöperaties, samen met lokale initiatieven opgesteld (demo)"));

        // Ketelhuis: every step recorded on the project website (001); the study met, the building under way: go.
        initiative(
                d(2019, 5, 20),
                d(2021, 3, 15),
                olaf,
                ketelhuis,
                "Buurtcoöperatie Ketelhuis",
                LegalForm.COOPERATIVE,
                "Watergraafsmeer",
                AMSTERDAM,
                Domain.HEAT);
        String network = "Coöperatief warmtenet rond het oude ketelhuis";
        var k = new CaseStory(demo, "amsterdam-ketelhuis", AMSTERDAM, ketelhuis);
        k.requested(
                        d(2024, 1, 22),
                        olaf,
                        network,
                        "Watergraafsmeer",
                        "De coöperatie wil het oude ketelhuis als warmtebron voor de buurt benutten, in eigendom van de buurt.")
                .granted(d(2024, 3, 18), housing, network, "Watergraafsmeer", d(2032, 6, 30))
                .role(d(2024, 3, 18), housing, MUNICIPAL_CONTACT, energy, "Energie")
                .role(d(2024, 3, 18), housing, MUNICIPAL_PROGRAM_DIRECTOR, housing, "Wonen")
                .role(d(2024, 3, 18), olaf, INITIATIVE_CHAIR, olaf, null)
                .role(d(2024, 3, 18), olaf, INITIATIVE_PROJECT_LEAD, sevda, null)
                .agreement(
                        d(2024, 5, 13),
                        energy,
                        "kh-intentie",
                        AgreementKind.INTENT_AGREEMENT,
                        "Intentieovereenkomst Ketelhuis",
                        List.of(housing.signs("Mandaat directeur Wonen"), olaf.signs("Besluit van de ALV")),
                        d(2024, 5, 13),
                        d(2026, 5, 13),
                        Set.of(GOALS_AND_VALUES, ROLES_TASKS_RESPONSIBILITIES),
                        null,
                        "Samen de haalbaarheid van een warmtenet rond het ketelhuis onderzoeken.")
                .milestone(
                        d(2024, 5, 13),
                        energy,
                        "kh-m1",
                        "Haalbaarheidsstudie en businesscase",
                        d(2025, 6, 30),
                        energy,
                        sevda,
                        "Bij een sluitende businesscase sluiten gemeente en coöperatie een samenwerkingsovereenkomst met een lening voor de aanleg.",
                        "samenwerkingsovereenkomst",
                        "lening voor de aanleg")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.ROLES,
                        CLARIFIED,
                        "Coöperatie: eigenaar en exploitant; gemeente: regie en financiering op afstand.")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.REPRESENTATION,
                        CLARIFIED,
                        "320 leden; het bestuur heeft een mandaat van de ALV.")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.RESILIENT_COOPERATION,
                        CLARIFIED,
                        "Alle stappen staan op de projectwebsite.")
                .theme(
                        d(2024, 9, 9),
                        energy,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "Studie gefinancierd; aanleg via een gemeentelijke lening onderzoeken.")
                .then(new RecordJointStory(
                        k.caseId,
                        sevda.actor(),
                        d(2024, 11, 4),
                        "Van ketelhuis tot buurtwarmte: alle stappen van het project staan op de website van de coöperatie.",
                        "Projectwebsite met alle stappen (demo)"))
                .regularMeetings(d(2024, 4, 8), ago(15), 42, energy, all(energy, housing, sevda), "voortgang")
                .meeting(
                        d(2025, 1, 13), energy, all(energy, housing, sevda), "Voortgang studie.", "haalbaarheidsstudie")
                .outcome(
                        d(2025, 6, 23),
                        energy,
                        "kh-m1",
                        MilestoneResult.MET,
                        true,
                        "De businesscase sluit; de samenwerkingsovereenkomst wordt opgesteld.")
                .theme(
                        d(2025, 7, 7),
                        energy,
                        Theme.FINANCING,
                        CLARIFIED,
                        "Aanleg met een gemeentelijke lening; exploitatie door de coöperatie.")
                .agreement(
                        d(2025, 11, 10),
                        energy,
                        "kh-samenwerking",
                        AgreementKind.COOPERATION_AGREEMENT,
                        "Samenwerkingsovereenkomst Ketelhuis",
                        List.of(
                                alderman2022.signs("Collegebesluit van 4 november 2025"),
                                olaf.signs("Besluit van de ALV van oktober 2025")),
                        d(2025, 12, 1),
                        d(2032, 6, 30),
                        Set.of(ROLES_TASKS_RESPONSIBILITIES, FINANCING, WORKING_STRUCTURE, DECISION_STRUCTURE),
                        null,
                        "De coöperatie bouwt en exploiteert het warmtenet; de gemeente verstrekt een lening en houdt de exclusiviteit aan.")
                .funding(
                        d(2025, 11, 10),
                        energy,
                        "kh-lening",
                        FundingSource.MUNICIPAL,
                        FundingInstrument.LOAN,
                        750_000,
                        d(2025, 12, 1),
                        d(2035, 11, 30),
                        "Raadsbesluit lening warmtenet Ketelhuis (demo)")
                .meeting(d(2026, 3, 9), energy, all(energy, housing, sevda, olaf), "Start aanleg.", "aanleg")
                .meeting(
                        d(2026, 6, 22),
                        energy,
                        all(energy, housing, alderman2026, olaf),
                        "Kennismaking met de nieuwe wethouder.",
                        "bestuurlijk overleg")
                .meeting(ago(60), energy, all(energy, housing, sevda), "Voortgang aanleg.", "aanleg");

        // Made up, like its name: a young heat collective whose exclusivity a market consultation breaches: stop
        // risk.
        String fictional = "warmtecollectief-fictiefbuurt";
        var yara = initiativePerson(
                "demo-yara-mendes", "Yara Mendes", fictional, BOARD_MEMBER, "Warmtecollectief Fictiefbuurt (fictief)");
        register(ago(420), yara);
        initiative(
                ago(420),
                ago(420),
                yara,
                fictional,
                "Warmtecollectief Fictiefbuurt (fictief)",
                LegalForm.ASSOCIATION,
                "Fictiefbuurt",
                AMSTERDAM,
                Domain.HEAT);
        String collective = "Collectieve warmtevoorziening voor de buurt";
        var f = new CaseStory(demo, "amsterdam-warmtecollectief-fictiefbuurt", AMSTERDAM, fictional);
        f.requested(
                        ago(400),
                        yara,
                        collective,
                        "Fictiefbuurt",
                        "Het collectief wil samen met de gemeente uitzoeken of de buurt een eigen warmtenet kan krijgen.")
                .granted(ago(340), housing, collective, "Fictiefbuurt", ahead(700))
                .role(ago(340), housing, MUNICIPAL_CONTACT, energy, "Energie")
                .role(ago(340), yara, INITIATIVE_CHAIR, yara, null)
                .meeting(
                        ago(300),
                        energy,
                        all(energy, housing, yara),
                        "Kennismaking en werkafspraken.",
                        "leer elkaar kennen")
                .meeting(ago(160), energy, all(energy, yara), "Voortgang verkenning.", "verkenning")
                .recordedOn(ago(20))
                .breach(
                        ago(45),
                        yara,
                        "fb-marktconsultatie",
                        Party.municipality(AMSTERDAM),
                        "Team Inkoop publiceerde een marktconsultatie voor warmtelevering in Fictiefbuurt.",
                        "Publicatie op TenderNed, gemeld door het collectief")
                .meeting(
                        ago(10),
                        energy,
                        all(energy, housing, yara),
                        "Overleg over de marktconsultatie; nog geen oplossing.",
                        "exclusiviteit");
    }

    // ------------------------------------------------------------------------------------------- Delft

    private void delft() {
        var energy = municipal(
                "demo-laura-meijer", "Laura Meijer", DELFT, CIVIL_SERVANT, "Gemeente Delft, Energietransitie");
        var mayor = municipal("demo-arjen-plomp", "Arjen Plomp", DELFT, MAYOR, "Gemeente Delft");
        var alderman2022 = municipal("demo-iris-bakhuis", "Iris Bakhuis", DELFT, ALDERMAN, "Gemeente Delft");
        var other2022 = municipal("demo-ronald-zijlstra", "Ronald Zijlstra", DELFT, ALDERMAN, "Gemeente Delft");
        var alderman2026 = municipal("demo-hatice-kaya", "Hatice Kaya", DELFT, ALDERMAN, "Gemeente Delft");
        var other2026 = municipal("demo-maarten-ploeg", "Maarten Ploeg", DELFT, ALDERMAN, "Gemeente Delft");
        String tanthof = "tanthof-duurzaam";
        var tim =
                initiativePerson("demo-tim-de-boer", "Tim de Boer", tanthof, MEMBER, "Bewonersgroep Tanthof Duurzaam");

        register(d(2021, 9, 6), energy, mayor, alderman2022, other2022, alderman2026, other2026);
        register(ago(160), tim);
        municipality(
                DELFT,
                energy,
                d(2021, 9, 6),
                mayor,
                d(2022, 6, 23),
                List.of(member(alderman2022, "Energietransitie"), member(other2022, "Financiën")),
                d(2026, 6, 18),
                List.of(member(alderman2026, "Energietransitie", "Participatie"), member(other2026, "Financiën")));
        demo.record(new AdoptPolicy(
                DELFT,
                energy.actor(),
                d(2025, 3, 13),
                "delft-lokale-initiatieven-2025",
                PolicyKind.POLICY_DOCUMENT,
                "Raadsvoorstel: lokale initiatieven in de energietransitie op maat ondersteunen en voorrang geven",
                AdoptingBody.COUNCIL,
                true,
                null,
                "Raadsvoorstel lokale initiatieven energietransitie (demo)"));

        // Tanthof: a small new group asked; nobody answered yet: attention.
        initiative(
                ago(160),
                ago(160),
                tim,
                tanthof,
                "Bewonersgroep Tanthof Duurzaam (fictief)",
                LegalForm.INFORMAL_GROUP,
                "Tanthof",
                DELFT,
                Domain.SAVING,
                Domain.HEAT);
        var t = new CaseStory(demo, "delft-tanthof-duurzaam", DELFT, tanthof);
        t.requested(
                        ago(130),
                        tim,
                        "Collectieve isolatie en een buurtwarmteplan",
                        "Tanthof",
                        "Een kleine groep bewoners; volgens het raadsvoorstel krijgen lokale initiatieven voorrang.")
                .role(ago(120), energy, MUNICIPAL_CONTACT, energy, "Energietransitie")
                .meeting(
                        ago(100),
                        energy,
                        all(energy, tim),
                        "Kennismaking; de gemeente komt terug op het verzoek.",
                        "leer elkaar kennen");
    }

    // --------------------------------------------------------------------------------------- Hilversum

    private void hilversum() {
        var sustainability = municipal(
                "demo-erik-van-leeuwen",
                "Erik van Leeuwen",
                HILVERSUM,
                CIVIL_SERVANT,
                "Gemeente Hilversum, Duurzaamheid");
        var successor = municipal(
                "demo-sophie-mertens", "Sophie Mertens", HILVERSUM, CIVIL_SERVANT, "Gemeente Hilversum, Duurzaamheid");
        var economy = municipal(
                "demo-hanneke-brouwer", "Hanneke Brouwer", HILVERSUM, PROGRAM_DIRECTOR, "Gemeente Hilversum, Economie");
        var mayor = municipal("demo-geertje-wolff", "Geertje Wolff", HILVERSUM, MAYOR, "Gemeente Hilversum");
        var alderman2015 =
                municipal("demo-frank-rietveld", "Frank Rietveld", HILVERSUM, ALDERMAN, "Gemeente Hilversum");
        var alderman2022 =
                municipal("demo-annelies-kroon", "Annelies Kroon", HILVERSUM, ALDERMAN, "Gemeente Hilversum");
        var other2022 = municipal("demo-wouter-timmer", "Wouter Timmer", HILVERSUM, ALDERMAN, "Gemeente Hilversum");
        var alderman2026 = municipal("demo-rik-sanders", "Rik Sanders", HILVERSUM, ALDERMAN, "Gemeente Hilversum");
        var other2026 = municipal("demo-elif-arslan", "Elif Arslan", HILVERSUM, ALDERMAN, "Gemeente Hilversum");
        String hilverzon = "hilverzon";
        var marja = initiativePerson("demo-marja-hoekstra", "Marja Hoekstra", hilverzon, BOARD_MEMBER, "HilverZon");
        var pieter = initiativePerson("demo-pieter-schouten", "Pieter Schouten", hilverzon, BOARD_MEMBER, "HilverZon");

        LocalDate introduced = d(2021, 1, 18);
        register(
                introduced,
                sustainability,
                economy,
                mayor,
                alderman2015,
                alderman2022,
                other2022,
                alderman2026,
                other2026,
                marja,
                pieter);
        register(d(2026, 1, 5), successor);
        municipality(
                HILVERSUM,
                sustainability,
                introduced,
                mayor,
                d(2022, 6, 8),
                List.of(member(alderman2022, "Duurzaamheid"), member(other2022, "Economie")),
                d(2026, 6, 3),
                List.of(member(alderman2026, "Duurzaamheid", "Energie"), member(other2026, "Economie")));
        initiative(
                d(2015, 1, 1),
                introduced,
                marja,
                hilverzon,
                "HilverZon",
                LegalForm.COOPERATIVE,
                "Hilversum",
                HILVERSUM,
                Domain.SOLAR,
                Domain.SAVING);

        // The Green Deal of 2015 (004) underlies the partnership; opgroeiruimte since 2024 renews it step by step,
        // with a yearly evaluation; the municipal contact changed with a hand-over: go.
        String local = "Lokale duurzame energie: zon op daken en energiebesparing";
        LocalDate evaluationDue = ahead(30);
        int renewedFrom = evaluationDue.getYear() + 1;
        var g = new CaseStory(demo, "hilversum-green-deal-hilverzon", HILVERSUM, hilverzon);
        g.requested(
                        d(2024, 2, 5),
                        marja,
                        local,
                        "Hilversum",
                        "HilverZon en de gemeente werken sinds de Green Deal van 2015 samen aan lokale opwek en besparing. We vragen opgroeiruimte om die samenwerking stap voor stap te verdiepen.")
                .granted(d(2024, 4, 8), sustainability, local, "Hilversum", d(2030, 12, 31))
                .agreement(
                        d(2024, 4, 8),
                        sustainability,
                        "hz-green-deal",
                        AgreementKind.GREEN_DEAL,
                        "Green Deal gemeente Hilversum en HilverZon (13 december 2015)",
                        List.of(
                                alderman2015.signs("Collegebesluit Green Deal (2015)"),
                                marja.signs("Bestuursbesluit HilverZon (2015)")),
                        d(2015, 12, 13),
                        null,
                        Set.of(GOALS_AND_VALUES, ROLES_TASKS_RESPONSIBILITIES, PARTICIPATION),
                        "https://www.hilverzon.nu/wp-content/uploads/2018/08/20151213-Green-Deal-Hilverzon-gemeente-Hilversum.pdf",
                        "De Green Deal van 2015, bij de start van opgroeiruimte in het dossier opgenomen: gemeente en coöperatie werken samen aan lokale duurzame energie en energiebesparing.")
                .role(d(2024, 4, 8), sustainability, MUNICIPAL_CONTACT, sustainability, "Duurzaamheid")
                .role(d(2024, 4, 8), sustainability, MUNICIPAL_PROGRAM_DIRECTOR, economy, "Economie")
                .role(d(2024, 4, 8), marja, INITIATIVE_CHAIR, marja, null)
                .theme(d(2024, 5, 13), sustainability, Theme.ROLES, CLARIFIED, "Vastgelegd in de Green Deal.")
                .theme(
                        d(2024, 5, 13),
                        sustainability,
                        Theme.REPRESENTATION,
                        CLARIFIED,
                        "HilverZon spreekt namens haar leden.")
                .theme(
                        d(2024, 5, 13),
                        sustainability,
                        Theme.RESILIENT_COOPERATION,
                        PARTLY_CLARIFIED,
                        "Jaarlijkse evaluatie van de Green Deal.")
                .theme(
                        d(2024, 5, 13),
                        sustainability,
                        Theme.FINANCING,
                        PARTLY_CLARIFIED,
                        "Projecten zelf gefinancierd; gemeente levert daken.")
                .meeting(
                        d(2024, 5, 13),
                        sustainability,
                        all(sustainability, economy, alderman2022, marja, pieter),
                        "Start van opgroeiruimte; de Green Deal als basis.",
                        "leer elkaar kennen")
                .regularMeetings(
                        d(2024, 6, 17),
                        ago(70),
                        49,
                        sustainability,
                        all(sustainability, economy, marja),
                        "uitvoering Green Deal")
                .meeting(
                        d(2025, 4, 7),
                        sustainability,
                        all(sustainability, economy, alderman2022, marja),
                        "Jaarevaluatie Green Deal.",
                        "evaluatie")
                .meeting(
                        d(2026, 4, 13),
                        sustainability,
                        all(sustainability, marja, pieter),
                        "Jaarevaluatie Green Deal.",
                        "evaluatie")
                .meeting(
                        d(2026, 6, 22),
                        sustainability,
                        all(sustainability, economy, alderman2026, marja),
                        "Kennismaking met de nieuwe wethouder.",
                        "bestuurlijk overleg")
                .milestone(
                        ago(120),
                        sustainability,
                        "hz-evaluatie",
                        "Evaluatie Green Deal " + evaluationDue.getYear(),
                        evaluationDue,
                        sustainability,
                        marja,
                        "Bij een positieve evaluatie vernieuwen gemeente en HilverZon de Green Deal voor " + renewedFrom
                                + "–" + (renewedFrom + 3) + ".",
                        "vernieuwde Green Deal",
                        "uitvoeringsbudget")
                .handedOver(
                        ago(60),
                        economy,
                        MUNICIPAL_CONTACT,
                        successor,
                        "Duurzaamheid",
                        "Overdrachtsgesprek met HilverZon gevoerd; Green Deal en evaluatie besproken.")
                .meeting(
                        ago(30),
                        successor,
                        all(successor, economy, marja),
                        "Kennismaking met de nieuwe contactpersoon.",
                        "leer elkaar kennen");
    }
}
