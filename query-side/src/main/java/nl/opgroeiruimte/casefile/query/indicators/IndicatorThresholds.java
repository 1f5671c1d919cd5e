package nl.opgroeiruimte.casefile.query.indicators;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the stop-go rules under {@code casefile.indicators}, with their defaults (here only);
 * docs/indicators.md gives each its reason and source.
 */
@Validated
@ConfigurationProperties("casefile.indicators")
public record IndicatorThresholds(
        /* a milestone more than this many days past due without outcome is a stop risk (before that: attention) */
        @DefaultValue("30") @Positive int milestoneOverdueStopRiskDays,
        /* a milestone met without its promised continuation counts until a new step is taken, at most this long */
        @DefaultValue("365") @Positive int stopGoWindowDays,
        /* funding that ends within this many days with nothing after it */
        @DefaultValue("60") @Positive int fundingEndingWithinDays,
        /* a hand-over that never happened is reported for this many days */
        @DefaultValue("180") @Positive int missingHandoverWindowDays,
        /* contacts counted over this many months to see whether the case is anchored broadly */
        @DefaultValue("12") @Positive int anchoringWindowMonths,
        /* distinct municipal people below this number mean the case hangs on one person */
        @DefaultValue("2") @Positive int minimumMunicipalPeople,
        /* weeks without a recorded meeting before "no contact" fires (double: stop risk) */
        @DefaultValue("8") @Positive int noContactWeeks,
        /* months after the grant by which every theme should be at least partly clarified */
        @DefaultValue("6") @Positive int themesOpenMonths,
        /* months after the grant by which an agreement should be signed */
        @DefaultValue("9") @Positive int noAgreementMonths,
        /* days before an agreement's end at which its expiry is flagged */
        @DefaultValue("60") @Positive int agreementExpiringDays,
        /* an election this many days ahead ... */
        @DefaultValue("180") @Positive int electionAheadDays,
        /* ... or this many days behind, while the case is not anchored, is flagged */
        @DefaultValue("120") @Positive int electionBehindDays,
        /* days before the exclusivity ends at which an unanchored case is flagged */
        @DefaultValue("90") @Positive int exclusivityEndingDays,
        /* days a request may wait for its grant */
        @DefaultValue("90") @Positive int requestPendingDays,
        /* days a case may stay paused */
        @DefaultValue("90") @Positive int pausedTooLongDays,
        /* days a question put to the other party may go without an answer */
        @DefaultValue("56") @Positive int questionUnansweredDays,
        /* once its expected moment has passed, a "later" needs a follow-up at least every this many days */
        @DefaultValue("30") @Positive int laterFollowUpDays,
        /* days before its milestone falls due by which a guarantee backed by money needs its budget decision */
        @DefaultValue("90") @Positive int guaranteeBudgetDays) {}
