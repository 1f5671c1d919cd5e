package nl.opgroeiruimte.casefile.bench.dataset;

import java.util.List;
import java.util.Random;

/** Words and phrases of the generated case files: names, areas, subjects, summaries. */
final class Texts {
    static final List<String> FIRST_NAMES = List.of("Anna", "Bram", "Carla", "Daan", "Esther", "Femke", "Gerrit", "Hanneke",
            "Ingrid", "Joost", "Karin", "Lars", "Marieke", "Niels", "Olga", "Pieter", "Renske", "Sander", "Tamara", "Wouter",
            "Yvonne", "Arjen", "Bas", "Charlotte", "Dirk", "Eva", "Frank", "Gijs", "Hilde", "Ilse", "Jeroen", "Kees", "Linda",
            "Maarten", "Nienke", "Paul", "Roos", "Sanne", "Thijs", "Vera", "Willem", "Ahmed", "Fatima", "Mehmet", "Samira");
    static final List<String> SURNAMES = List.of("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "van Dijk", "Schouten", "Hoekstra", "Koster",
            "Prins", "Huisman", "Kuipers", "Postma", "Wolters", "Yilmaz", "El Amrani", "Nijland", "Veenstra", "Timmermans");
    static final List<String> AREAS = List.of("Centrum", "Noord", "Oost", "Zuid", "West", "Binnenstad", "De Hoven", "Het Dorp",
            "Kerkbuurt", "Stationskwartier", "Molenwijk", "Parkwijk", "De Wijert", "Vogelbuurt", "Bloemenbuurt", "Oude Dorp",
            "Bomenbuurt", "Waterwijk", "De Meent", "Rivierenbuurt", "Schildersbuurt", "Hoogland", "Laag Veld", "De Akkers");
    static final List<String> ACTIVITIES = List.of("collective heat network", "solar roofs on public buildings", "neighbourhood energy advice",
            "local wind turbine", "heat pump collective purchase", "district battery", "green courtyards", "solar field");
    static final List<String> INITIATIVE_WORDS = List.of("Energiecoöperatie", "Warmtenet", "Buurtwarmte", "Zon op", "Duurzaam",
            "Energiek", "Wijkwarmte", "Samen Zon");
    static final List<String> MEETING_TOPICS = List.of("progress of the feasibility study", "financing of the next phase",
            "who speaks for the neighbourhood", "planning for the coming months", "handover of the civil servant's file",
            "participation evening", "permit questions", "role of the housing corporation", "results of the survey",
            "grid capacity", "the business case", "the council's questions", "the tender rules", "the joint story");
    static final List<String> DOEN = List.of("Walked the neighbourhood together to see the heat sources",
            "Drafted the next step of the plan together", "Worked out the steering group's tasks",
            "Wrote a section of the joint story", "Visited a heat cooperative elsewhere", "Held an open evening for residents");
    static final List<String> DECISION_SUBJECTS = List.of("process money for the next phase", "the plan of approach", "the feasibility study",
            "membership fee", "the route of the cooperation", "the participation plan", "reserving budget", "the pilot street");
    static final List<String> PARTIES = List.of("VVD", "D66", "PvdA", "GroenLinks", "CDA", "SP", "ChristenUnie", "PvdD", "BBB",
            "Lokaal Belang", "Gemeentebelangen", "SGP", "Volt", "JA21");
    static final List<String> FACILITATOR_ORGANISATIONS = List.of("Bureau Opgroeiruimte", "Procesbureau Samen", "Energie Samen Regio",
            "Wijkkracht Advies", "Het Participatiehuis", "Coöperatief Advies", "Buurtkracht Begeleiding", "Lokaal Verbinden");

    private Texts() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String sentence(Random random, String... parts) {
        return parts[random.nextInt(parts.length)];
    }
}
