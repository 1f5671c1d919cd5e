package nl.opgroeiruimte.casefile.query.timeline;

import nl.opgroeiruimte.casefile.kernel.municipality.PartnershipIntensity;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.document.LinkedRecordKind;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;

/** The Dutch words the seeds use for the domain's terms, for the pages that civil servants and residents read. */
public final class Dutch {
    private Dutch() {
    }

    public static String kind(AgreementKind kind) {
        return switch (kind) {
            case PLAN_OF_APPROACH -> "Plan van aanpak";
            case INTENT_AGREEMENT -> "Intentieovereenkomst";
            case COOPERATION_AGREEMENT -> "Samenwerkingsovereenkomst";
            case COOPERATION_DECLARATION -> "Samenwerkingsverklaring";
            case GREEN_DEAL -> "Green Deal";
            case SUBSIDY_DECISION -> "Subsidiebeschikking";
            case POLICY_INCLUSION -> "Opname in beleid";
            case BUDGET_INCLUSION -> "Opname in de begroting";
        };
    }

    public static String linkedRecord(LinkedRecordKind kind) {
        return switch (kind) {
            case AGREEMENT -> "afspraak";
            case DECISION -> "besluit";
            case MEETING -> "overleg";
        };
    }

    public static String role(CaseRole role) {
        return switch (role) {
            case MUNICIPAL_CONTACT -> "ambtelijk contactpersoon";
            case MUNICIPAL_PROGRAM_DIRECTOR -> "regisseur gemeente";
            case RESPONSIBLE_ALDERMAN -> "portefeuillehouder";
            case INITIATIVE_CONTACT -> "contactpersoon initiatief";
            case INITIATIVE_CHAIR -> "voorzitter initiatief";
            case INITIATIVE_PROJECT_LEAD -> "projectleider initiatief";
        };
    }

    public static String result(MilestoneResult result) {
        return switch (result) {
            case MET -> "gehaald";
            case PARTLY_MET -> "deels gehaald";
            case NOT_MET -> "niet gehaald";
        };
    }

    public static String part(DoenPart part) {
        return switch (part) {
            case GET_TO_KNOW_EACH_OTHER -> "leer elkaar kennen";
            case STEP_BY_STEP -> "stapsgewijs aan de slag";
            case ANCHOR_PARTNERSHIP -> "borg het partnerschap";
            case JOINT_STORY -> "gezamenlijk verhaal";
        };
    }

    public static String theme(Theme theme) {
        return switch (theme) {
            case REPRESENTATION -> "namens wie spreek je";
            case ROLES -> "wat zijn onze rollen";
            case RESILIENT_COOPERATION -> "hoe werken we weerbaar samen";
            case FINANCING -> "hoe organiseren we de financiering";
        };
    }

    public static String status(ThemeStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case PARTLY_CLARIFIED -> "deels verhelderd";
            case CLARIFIED -> "verhelderd";
        };
    }

    public static String body(DecisionBody body) {
        return switch (body) {
            case COLLEGE -> "het college";
            case COUNCIL -> "de gemeenteraad";
            case MEMBERS_MEETING -> "de ALV";
            case BOARD -> "het bestuur";
            case STEERING_GROUP -> "de stuurgroep";
        };
    }

    public static String instrument(FundingInstrument instrument) {
        return switch (instrument) {
            case SUBSIDY -> "Subsidie";
            case PROCESS_FINANCING -> "Procesfinanciering";
            case LOAN -> "Lening";
            case GUARANTEE -> "Garantstelling";
            case BUDGET -> "Budget";
        };
    }

    /** 002, Les 4: "Laat de initiatiefnemer weten of het nu, ooit of nooit kan." */
    public static String answer(AnswerStatus status) {
        return switch (status) {
            case NOW -> "nu";
            case LATER -> "ooit";
            case NEVER -> "nooit";
        };
    }

    public static String topic(QuestionTopic topic) {
        return switch (topic) {
            case LAND -> "grond";
            case DATA -> "data";
            case PERMIT -> "vergunning";
            case BUDGET -> "budget";
            case SUPPORT -> "ondersteuning";
            case POLICY -> "beleid";
            case OTHER -> "overig";
        };
    }

    /** 002, Les 3: the five phases of a municipal process. */
    public static String phase(ProcessPhase phase) {
        return switch (phase) {
            case INITIATIVE -> "initiatief";
            case DEFINITION -> "definitie";
            case DESIGN_AND_DECISION -> "ontwerp en besluit";
            case IMPLEMENTATION -> "uitvoering";
            case AFTERCARE -> "nazorg";
        };
    }

    /** 002, Les 1: rechtmatige, presterende, netwerkende en responsieve overheid. */
    public static String governmentRole(GovernmentRole role) {
        return switch (role) {
            case LAWFUL -> "rechtmatig";
            case PERFORMING -> "presterend";
            case NETWORKING -> "netwerkend";
            case RESPONSIVE -> "responsief";
        };
    }

    /** 002, Les 3: subsidie, uitdaagrecht and the five procurement routes. */
    public static String route(CooperationRoute route) {
        return switch (route) {
            case SUBSIDY -> "subsidie";
            case RIGHT_TO_CHALLENGE -> "uitdaagrecht";
            case ONE_TO_ONE_AWARD -> "een-op-eengunning";
            case SEPARATE_LEGAL_ENTITY -> "samenwerking in een aparte rechtspersoon";
            case RESERVED_TENDER -> "voorbehouden aanbesteding";
            case INITIATIVE_PROOF_TENDER -> "burgerinitiatiefproof aanbesteding";
            case TENDER_SUPPORT -> "hulp bij aanbestedingen";
        };
    }

    public static String marketApproach(MarketApproachKind kind) {
        return switch (kind) {
            case TENDER -> "Aanbesteding";
            case MARKET_CONSULTATION -> "Marktconsultatie";
        };
    }

    /** 004, "Mate van intensiteit van de partnerschappen". */
    public static String intensity(PartnershipIntensity intensity) {
        return switch (intensity) {
            case LIGHT -> "lichte partnerschappen";
            case HEAVY -> "zwaardere partnerschappen, met een intentieovereenkomst";
        };
    }
}
