package nl.opgroeiruimte.casefile.infra.research.table;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Anonymisation of research data under {@code casefile.research} (docs/research-export.md).
 *
 * @param kAnonymity the k of the k-anonymity check of an anonymised case table and cohort table: every
 *                   released row shares its quasi-identifiers with at least k-1 others, every cohort counts
 *                   at least k cases
 */
@Validated
@ConfigurationProperties("casefile.research")
public record ResearchProperties(@DefaultValue("5") @Min(2) int kAnonymity) {}
