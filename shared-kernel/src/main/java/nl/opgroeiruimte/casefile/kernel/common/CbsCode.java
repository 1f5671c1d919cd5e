package nl.opgroeiruimte.casefile.kernel.common;

/** The CBS code of a Dutch municipality: {@code GM} and four digits, e.g. GM0193 for Zwolle. */
public final class CbsCode {
    public static final String PATTERN = "GM\\d{4}";

    private CbsCode() {}

    public static boolean isValid(String code) {
        return code != null && code.matches(PATTERN);
    }
}
