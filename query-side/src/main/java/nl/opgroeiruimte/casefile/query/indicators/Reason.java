package nl.opgroeiruimte.casefile.query.indicators;

import java.util.List;

/**
 * Why a case is not simply "go": the rule that fired, what is wrong in plain words (English for the
 * API, Dutch for the pages), and the events that caused it.
 */
public record Reason(String rule, IndicatorStatus severity, String message, String messageNl, List<String> eventIds) {}
