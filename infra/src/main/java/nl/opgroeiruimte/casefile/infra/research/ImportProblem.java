package nl.opgroeiruimte.casefile.infra.research;

/** Why an import was refused: the line (1-based; the line after the last when something is missing) and the rule. */
public record ImportProblem(long line, String rule, String detail) {}
