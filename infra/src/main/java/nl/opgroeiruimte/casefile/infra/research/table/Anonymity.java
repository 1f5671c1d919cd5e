package nl.opgroeiruimte.casefile.infra.research.table;

/**
 * How far research data is stripped of what identifies (docs/research-export.md):
 * <ul>
 *   <li>{@link #PSEUDONYMISED}: person ids become keyed pseudonyms and free text is withheld; municipality,
 *       initiative and neighbourhood stay, as do exact dates. Still personal data: for research under an
 *       agreement.</li>
 *   <li>{@link #ANONYMISED}: besides, the municipality becomes its size class and province, initiative and
 *       neighbourhood names and codes are withheld, case and initiative ids become keyed pseudonyms, dates
 *       are coarsened to the month, and every row of the case table shares its quasi-identifiers with at
 *       least k others (or is generalised further, or left out).</li>
 * </ul>
 */
public enum Anonymity {
    PSEUDONYMISED,
    ANONYMISED;

    public String word() {
        return name().toLowerCase();
    }

    public static Anonymity of(String word) {
        return valueOf(word.toUpperCase());
    }
}
